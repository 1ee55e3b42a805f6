// stream_delay: delay line of DEPTH registers for data and a valid bit, used
// to balance path latencies in a statically scheduled pipeline.  With ce = 1
// out = in delayed by DEPTH clocks; ce = 0 freezes it (global stall).  No
// back-pressure of its own.  DEPTH = 0 is a wire.  rst: synchronous, clears
// the valid bits only (data registers are not reset).  From DEPTH = 32 the
// data goes through a RAM (block RAM on an FPGA) instead of DEPTH * WIDTH
// flip-flops: written at wp and read at wp - (DEPTH - 1) into a register,
// DEPTH clocks in all; its out_data is the same whenever out_valid is 1
// (before DEPTH clocks have passed, either kind's data is whatever its
// storage held).
`default_nettype none
module stream_delay #(
    parameter integer WIDTH = 32,
    parameter integer DEPTH = 4
) (
    input  wire             clk,
    input  wire             rst,
    input  wire             ce,
    input  wire             in_valid,
    input  wire [WIDTH-1:0] in_data,
    output wire             out_valid,
    output wire [WIDTH-1:0] out_data
);
    generate
        if (DEPTH == 0) begin : g_wire
            assign out_valid = in_valid;
            assign out_data  = in_data;
            // clk, rst and ce are unused
            /* verilator lint_off UNUSEDSIGNAL */
            wire unused = clk ^ rst ^ ce;
            /* verilator lint_on UNUSEDSIGNAL */
        end else if (DEPTH == 1) begin : g_one
            reg             v;
            reg [WIDTH-1:0] d;
            always @(posedge clk) begin
                if (rst) v <= 1'b0;
                else if (ce) v <= in_valid;
                if (ce) d <= in_data;
            end
            assign out_valid = v;
            assign out_data  = d;
        end else if (DEPTH >= 32) begin : g_ram
            localparam integer AW = $clog2(DEPTH);
            localparam integer BACK = DEPTH - 1;
            reg [DEPTH-1:0] v;
            reg [WIDTH-1:0] mem [0:(1 << AW) - 1];
            reg [AW-1:0]    wp;               // any start: only wp - BACK matters
            reg [WIDTH-1:0] q;
            wire [AW-1:0]   rp = wp - BACK[AW-1:0];   // written DEPTH - 1 clocks ago
            always @(posedge clk) begin
                if (rst) v <= {DEPTH{1'b0}};
                else if (ce) v <= {v[DEPTH-2:0], in_valid};
                if (ce) begin
                    mem[wp] <= in_data;
                    q <= mem[rp];
                    wp <= wp + 1'b1;
                end
            end
            assign out_valid = v[DEPTH-1];
            assign out_data  = q;
        end else begin : g_line
            reg [DEPTH-1:0]       v;
            reg [DEPTH*WIDTH-1:0] d;   // stage k at [k*WIDTH +: WIDTH], stage 0 newest
            always @(posedge clk) begin
                if (rst) v <= {DEPTH{1'b0}};
                else if (ce) v <= {v[DEPTH-2:0], in_valid};
                if (ce) d <= {d[(DEPTH-1)*WIDTH-1:0], in_data};
            end
            assign out_valid = v[DEPTH-1];
            assign out_data  = d[(DEPTH-1)*WIDTH +: WIDTH];
        end
    endgenerate
endmodule
`default_nettype wire
