// matmul: the hand-written Verilog of bench/matmul/MatMul.lime's map
// cell(@ Lime.range(n * n), a, b, n): item p gives
//     s = 0.0f; for k in 0 .. n-1: s = s + a[i*n + k] * b[k*n + j]
// with i = p / n, j = p % n, on Java floats (two roundings a step, no fused
// multiply-add), the expert FPGA version that bench/harness.py simulates
// with Verilator and that the FPGA backend's generated Verilog for the same
// map is compared against.
//
// A and B live in two block RAMs of 2^LOG_DEPTH words each, written through
// the load port (wr_*) before the items of a run; n * n <= 2^LOG_DEPTH and
// n >= 1 are the caller's to keep (no bounds check: the program's indices
// stay within the arrays by construction).
//
// One multiply-add a clock for SLOTS cells in flight: a ring of SLOTS slots,
// position r = (clock mod SLOTS) issuing slot r's next step (read a and b,
// then the store's fp32_mul and fp32_add, LATENCY 4 each), so that a slot's
// running sum is back from the adder before its next step needs it
// (SLOTS >= 1 + 4 + 4 - 4 + 1; 8 here).  A free slot takes the next cell
// when its turn comes.  Every cell takes exactly n steps, so cells finish in
// the order they came in: no reorder buffer.  A cell costs n clocks of the
// ring; with SLOTS of them in flight the unit finishes one about every n
// clocks (n * n cells: n^3 clocks, the multiply-adds, plus the fill).
//
// p / n and p % n: one restoring divider, a quotient bit a clock over the
// LOG_DEPTH bits of p (i * n is then p - j, no multiplier), which keeps up
// while n >= LOG_DEPTH.
//
// Stream: one item = p (int), one result = the cell's float bits,
// valid/ready.  The whole unit advances when its output register is empty
// or taken (ce).  rst: synchronous, active high.
`default_nettype none
module matmul #(
    parameter integer LOG_DEPTH = 10,
    parameter integer SLOTS = 8
) (
    input  wire                 clk,
    input  wire                 rst,
    input  wire [31:0]          n,
    input  wire                 wr_en,
    input  wire                 wr_sel,      // 0: A, 1: B
    input  wire [LOG_DEPTH-1:0] wr_addr,
    input  wire [31:0]          wr_data,
    input  wire                 in_valid,
    output wire                 in_ready,
    input  wire [31:0]          in_data,
    output reg                  out_valid,
    input  wire                 out_ready,
    output reg  [31:0]          out_data
);
    localparam integer AW = LOG_DEPTH;
    localparam integer SW = $clog2(SLOTS);
    localparam integer MUL_LATENCY = 4, ADD_LATENCY = 4, READ_LATENCY = 1;

    wire ce = !out_valid || out_ready;

    // ---- the two matrices ----------------------------------------------------
    reg [31:0] mem_a [0:(1<<AW)-1];
    reg [31:0] mem_b [0:(1<<AW)-1];
    always @(posedge clk) begin
        if (wr_en && !wr_sel) mem_a[wr_addr] <= wr_data;
        if (wr_en && wr_sel) mem_b[wr_addr] <= wr_data;
    end

    // ---- p -> (i * n, j): restoring division, one bit a clock -----------------
    reg          div_busy, pend_valid;
    reg [AW-1:0] div_p, div_q;            // the dividend, the quotient so far
    reg [AW:0]   div_r;                   // the remainder so far
    reg [$clog2(AW+1)-1:0] div_left;      // bits still to do
    reg [AW-1:0] pend_ibase, pend_j;      // the next cell for a free slot
    wire [AW:0]  div_shifted = {div_r[AW-1:0], div_p[div_left - 1'b1]};
    wire         div_fits = div_shifted >= {1'b0, n[AW-1:0]} && n[31:AW] == 0;
    assign in_ready = ce && !div_busy;
    wire take_pending;

    always @(posedge clk) begin
        if (rst) begin
            div_busy <= 1'b0;
            pend_valid <= 1'b0;
        end else if (ce) begin
            if (take_pending) pend_valid <= 1'b0;
            if (in_valid && !div_busy) begin
                div_busy <= 1'b1;
                div_p <= in_data[AW-1:0];
                div_q <= {AW{1'b0}};
                div_r <= {(AW+1){1'b0}};
                div_left <= AW;
            end else if (div_busy && div_left != 0) begin
                div_r <= div_fits ? div_shifted - {1'b0, n[AW-1:0]} : div_shifted;
                div_q <= {div_q[AW-2:0], div_fits};
                div_left <= div_left - 1'b1;
            end else if (div_busy && (!pend_valid || take_pending)) begin
                div_busy <= 1'b0;
                pend_valid <= 1'b1;
                pend_j <= div_r[AW-1:0];
                pend_ibase <= div_p - div_r[AW-1:0];
            end
        end
    end

    // ---- the ring of slots -----------------------------------------------------
    reg [SW-1:0] r;                        // the position issuing this clock
    reg          busy [0:SLOTS-1];
    reg [AW-1:0] a_ptr [0:SLOTS-1], b_ptr [0:SLOTS-1];
    reg [AW-1:0] left [0:SLOTS-1];         // steps after the one issued next
    wire         admit = !busy[r] && pend_valid;
    assign take_pending = admit;
    wire         issue = busy[r] || admit;
    wire [AW-1:0] addr_a = admit ? pend_ibase : a_ptr[r];
    wire [AW-1:0] addr_b = admit ? pend_j : b_ptr[r];
    wire [AW-1:0] steps_left = admit ? n[AW-1:0] - 1'b1 : left[r];

    integer s;
    always @(posedge clk) begin
        if (rst) begin
            r <= {SW{1'b0}};
            for (s = 0; s < SLOTS; s = s + 1) busy[s] <= 1'b0;
        end else if (ce) begin
            r <= r + 1'b1;
            if (issue) begin
                busy[r] <= steps_left != 0;
                a_ptr[r] <= addr_a + 1'b1;
                b_ptr[r] <= addr_b + n[AW-1:0];
                left[r] <= steps_left - 1'b1;
            end
        end
    end

    // ---- read, multiply, add ---------------------------------------------------
    // A step's tag (valid, slot, first, last) travels beside its data.
    localparam integer TAG = 3 + SW;
    reg [31:0] rd_a, rd_b;
    reg [TAG-1:0] tag_read;
    always @(posedge clk)
        if (ce) begin
            rd_a <= mem_a[addr_a];
            rd_b <= mem_b[addr_b];
            tag_read <= rst ? {TAG{1'b0}} : {issue, r, admit, steps_left == 0};
        end

    wire        p_valid;
    wire [31:0] prod;
    fp32_mul mul (
        .clk(clk), .rst(rst), .ce(ce), .in_valid(tag_read[TAG-1]),
        .a(rd_a), .b(rd_b), .out_valid(p_valid), .y(prod)
    );
    reg [TAG*MUL_LATENCY-1:0] tag_mul;
    always @(posedge clk)
        if (ce) tag_mul <= {tag_mul[TAG*(MUL_LATENCY-1)-1:0], tag_read};
    wire [TAG-1:0] tag_p = tag_mul[TAG*MUL_LATENCY-1 -: TAG];
    wire [SW-1:0]  slot_p = tag_p[TAG-2 -: SW];

    reg  [31:0] acc [0:SLOTS-1];
    wire [31:0] sum;
    wire        sum_valid;
    fp32_add add (
        .clk(clk), .rst(rst), .ce(ce), .in_valid(p_valid),
        .a(tag_p[1] ? 32'h00000000 : acc[slot_p]), .b(prod), .out_valid(sum_valid), .y(sum)
    );
    reg [TAG*ADD_LATENCY-1:0] tag_add;
    always @(posedge clk)
        if (ce) tag_add <= {tag_add[TAG*(ADD_LATENCY-1)-1:0], tag_p};
    wire [TAG-1:0] tag_s = tag_add[TAG*ADD_LATENCY-1 -: TAG];

    always @(posedge clk) begin
        if (ce && sum_valid) acc[tag_s[TAG-2 -: SW]] <= sum;
        if (rst) out_valid <= 1'b0;
        else if (ce) begin
            out_valid <= sum_valid && tag_s[0];
            out_data <= sum;
        end
    end
endmodule
`default_nettype wire
