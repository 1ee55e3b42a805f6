// fp64_from_fp32: y = (double) a for an IEEE-754 binary32 a (Java f2d):
// always exact.  Subnormal floats become normal doubles; signed zeros and
// infinities keep their sign.  A NaN result is always the canonical quiet
// NaN 0x7FF8000000000000 (Java's Double.NaN; Java does not specify which
// NaN the conversion returns).
// Pipelined, LATENCY = 1 clock, initiation interval 1: unpack, normalise a
// subnormal significand (leading-zero count), pack.
// ce = 0 freezes the whole pipeline (global stall); rst (synchronous) clears
// the valid bits only.  out_valid is in_valid delayed by LATENCY advancing
// clocks.
`default_nettype none
module fp64_from_fp32 (
    input  wire        clk,
    input  wire        rst,
    input  wire        ce,
    input  wire        in_valid,
    input  wire [31:0] a,
    output wire        out_valid,
    output wire [63:0] y
);
    localparam integer LATENCY = 1;

    wire [7:0]  e    = a[30:23];
    wire [22:0] f    = a[22:0];
    wire        nan  = e == 8'hFF && f != 23'd0;
    wire        inf  = e == 8'hFF && f == 23'd0;
    wire        zero = e == 8'd0 && f == 23'd0;
    // subnormal: the leading one of f at bit 22 - lz; value 1.x * 2^(-127 - lz)
    reg  [4:0]  lz;
    integer i;
    always @* begin
        lz = 5'd0;
        for (i = 0; i < 23; i = i + 1)
            if (f[i]) lz = 5'd22 - i[4:0];
    end
    wire [22:0] fs   = f << (lz + 5'd1);           // drops the leading one
    wire [10:0] ed   = (e == 8'd0) ? 11'd896 - {6'd0, lz} : {3'd0, e} + 11'd896;
    wire [22:0] fd   = (e == 8'd0) ? fs : f;

    reg [63:0]  s1_y;
    always @(posedge clk) begin
        if (ce) begin
            if (nan)
                s1_y <= 64'h7FF8000000000000;
            else if (inf)
                s1_y <= {a[31], 63'h7FF0000000000000};
            else if (zero)
                s1_y <= {a[31], 63'd0};
            else
                s1_y <= {a[31], ed, fd, 29'd0};
        end
    end

    reg [LATENCY-1:0] vld_r;
    always @(posedge clk) begin
        if (rst)
            vld_r <= {LATENCY{1'b0}};
        else if (ce)
            vld_r <= in_valid;
    end
    assign out_valid = vld_r[LATENCY-1];
    assign y         = s1_y;
endmodule
`default_nettype wire
