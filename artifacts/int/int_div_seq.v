// int_div_seq: Java's signed / and % together, one quotient bit a clock:
// the small divider, for places where items come far apart (the prologue
// of a loop engine whose items all make as many passes: they enter the
// ring only as slots free up).
//   q = a / b   truncating toward zero; MIN / -1 = MIN (wraps, no trap)
//   r = a % b   sign of the dividend a; MIN % -1 = 0; q*b + r == a always
//   dz = 1      when b == 0 (Java throws ArithmeticException); q and r are
//               then meaningless and the caller must raise the exception.
// A division starts on a clock with ce && in_valid && !busy: the module
// takes a and b, and busy is high for the next K clocks, K = the number of
// significant bits of |a| (1 when a == 0; radix-2 restoring division on
// magnitudes that skips |a|'s leading zeros).  Then q, r and dz hold the
// result until the next start.  The caller keeps ce low while busy (the
// pipeline around it stalls), so that, counted in clocks with ce high, the
// result is one stage after the operands: latency 1.
// STABLE_B = 1: b keeps its value until the result has been read (a
// broadcast operand or a constant), so the divisor is not copied.
// rst (synchronous) ends a division in progress: busy low.
`default_nettype none
module int_div_seq #(
    parameter integer WIDTH = 32,
    parameter integer STABLE_B = 0
) (
    input  wire             clk,
    input  wire             rst,
    input  wire             ce,
    input  wire             in_valid,
    input  wire [WIDTH-1:0] a,
    input  wire [WIDTH-1:0] b,
    output wire             busy,
    output wire [WIDTH-1:0] q,
    output wire [WIDTH-1:0] r,
    output wire             dz
);
    localparam integer W = WIDTH;
    localparam integer IW = $clog2(W);

    wire          a_neg = a[W-1];
    wire          b_neg = b[W-1];
    wire [W-1:0]  a_mag = a_neg ? (~a + 1'b1) : a;   // |MIN| = 2^(W-1) as unsigned
    wire [W-1:0]  b_mag = b_neg ? (~b + 1'b1) : b;

    // the highest set bit of |a| (0 when a == 0): the first bit to divide
    reg [IW-1:0] top;
    integer i;
    always @* begin
        top = {IW{1'b0}};
        for (i = 0; i < W; i = i + 1)
            if (a_mag[i]) top = i[IW-1:0];
    end

    reg          busy_r, negq, negr, zero;
    reg [W-1:0]  num;       // |a|
    reg [W-1:0]  quo;       // the quotient bits so far
    reg [W-1:0]  rem;       // the remainder so far, below |b|
    reg [IW-1:0] idx;       // the bit of num the next clock divides
    /* verilator lint_off UNUSEDSIGNAL */
    reg [W-1:0]  den_r;     // |b| (unused with STABLE_B)
    /* verilator lint_on UNUSEDSIGNAL */
    wire [W-1:0] den = STABLE_B != 0 ? b_mag : den_r;
    wire [W:0]   sh = {rem, num[idx]};                // below 2 |b|
    wire [W:0]   diff = sh - {1'b0, den};
    wire         ge = !diff[W];
    wire         start = ce && in_valid && !busy_r;

    always @(posedge clk) begin
        if (rst) begin
            busy_r <= 1'b0;
        end else if (start) begin
            busy_r <= 1'b1;
            num <= a_mag;
            den_r <= b_mag;
            idx <= top;
            quo <= {W{1'b0}};
            rem <= {W{1'b0}};
            negq <= a_neg ^ b_neg;
            negr <= a_neg;
            zero <= b == {W{1'b0}};
        end else if (busy_r) begin
            rem <= ge ? diff[W-1:0] : sh[W-1:0];
            quo <= {quo[W-2:0], ge};
            idx <= idx - 1'b1;
            if (idx == {IW{1'b0}}) busy_r <= 1'b0;
        end
    end

    assign busy = busy_r;
    assign q    = negq ? (~quo + 1'b1) : quo;
    assign r    = negr ? (~rem + 1'b1) : rem;
    assign dz   = zero;
endmodule
`default_nettype wire
