// mandelbrot: the hand-written Verilog of bench/mandelbrot/Mandelbrot.lime's
// map point(@ idx, w, h, maxIter), the expert FPGA version that
// bench/harness.py runs in Verilator and that the FPGA backend's loop engine
// for the same map is compared against.
//
// Built from the artifact store's units (bit-exact with Java): int_div (one
// instance gives p / w and p % w), fp32_from_int, fp32_div, fp32_mul,
// fp32_add, fp32_cmp.  The same arithmetic as the Java, in its order:
//   px = p % w, py = p / w;  cx = -2.5f + px * (3.5f / w);  cy = -1.25f + py * (2.5f / h)
//   per iteration: xx = x*x, yy = y*y; leave if !(it < maxIter) or xx + yy > 4;
//                  y = (2*x)*y + cy; x = (xx - yy) + cx; it++
//
// The design:
//   - the setup pipeline (latency 43) computes cx, cy of an item;
//     3.5f / w and 2.5f / h depend on the parameters only, so their dividers'
//     outputs are constant once the first item could need them (31 clocks
//     after the parameters are set; an item needs them at its stage 35): they
//     are used undelayed.  It stalls (its own enable) only when the ring has
//     no free slot.
//   - the ring: the iteration as a 12-stage pipeline (two multiplies, then
//     an add, in sequence) and a ring register, 13 slots; each clock one slot
//     enters the iteration: the item that was in it when it goes round again,
//     else the setup's next item.  An item carries {it, x, y, cx, cy} and its
//     sequence number; its exit holds when it < maxIter fails or the point
//     escaped (known at stage 8; x and y are then not needed any more).
//   - the reorder buffer (256 entries, block RAM) takes each item's count at
//     its sequence number; an item is admitted only while fewer than 256 are
//     between the input and the output register, so every exiting item finds
//     its entry free and the ring never waits; the counts leave in element
//     order through the valid/ready output (one clock early read, as the
//     entry's lap bit, inverted, tells a fresh entry from an old one).
// Stream: in_data = p, out_data = the count; valid/ready; rst: synchronous,
// active high, empties the pipelines (between runs).
`default_nettype none
module mandelbrot (
    input  wire        clk,
    input  wire        rst,
    input  wire [31:0] w,
    input  wire [31:0] h,
    input  wire [31:0] max_iter,
    input  wire        in_valid,
    output wire        in_ready,
    input  wire [31:0] in_data,
    output reg         out_valid,
    input  wire        out_ready,
    output reg  [31:0] out_data
);
    localparam integer LP = 43;   // setup latency
    localparam integer LB = 12;   // iteration latency
    localparam integer AW = 8;    // 256 reorder buffer entries
    localparam [31:0] C_M25 = 32'hc0200000, C_35 = 32'h40600000, C_M125 = 32'hbfa00000,
                      C_25 = 32'h40200000, C_2 = 32'h40000000, C_4 = 32'h40800000;

    // ---- admission and sequence numbers (mod 2R; never reset: rst moves head and seq_in up)
    reg [AW:0] admitted, head, seq_in;
    initial begin admitted = 0; head = 0; seq_in = 0; end
    wire room = (admitted - head) != (1 << AW);
    wire slot_free;
    reg [LP:1] sv;                       // an item at the setup's stage k
    wire pro_valid = sv[LP];
    wire pce = !pro_valid || slot_free;
    assign in_ready = pce && room;
    wire accept = in_valid && in_ready;
    always @(posedge clk) begin
        if (rst) sv <= 0; else if (pce) sv <= {sv[LP-1:1], accept};
        if (!rst && accept) admitted <= admitted + 1'b1;
    end

    // ---- setup: cx, cy at stage 43
    wire [31:0] py, px, pxf, pyf, wf, hf, sx, sy, mx, my, cx0, cy0;
    /* verilator lint_off PINCONNECTEMPTY */
    int_div #(.WIDTH(32)) udiv (.clk(clk), .rst(rst), .ce(pce), .in_valid(1'b1), .a(in_data), .b(w),
        .out_valid(), .q(py), .r(px), .dz());
    fp32_from_int ufx (.clk(clk), .rst(rst), .ce(pce), .in_valid(1'b1), .a(px), .out_valid(), .y(pxf));
    fp32_from_int ufy (.clk(clk), .rst(rst), .ce(pce), .in_valid(1'b1), .a(py), .out_valid(), .y(pyf));
    fp32_from_int ufw (.clk(clk), .rst(rst), .ce(pce), .in_valid(1'b1), .a(w), .out_valid(), .y(wf));
    fp32_from_int ufh (.clk(clk), .rst(rst), .ce(pce), .in_valid(1'b1), .a(h), .out_valid(), .y(hf));
    fp32_div uscx (.clk(clk), .rst(rst), .ce(pce), .in_valid(1'b1), .a(C_35), .b(wf), .out_valid(), .y(sx));
    fp32_div uscy (.clk(clk), .rst(rst), .ce(pce), .in_valid(1'b1), .a(C_25), .b(hf), .out_valid(), .y(sy));
    fp32_mul umx (.clk(clk), .rst(rst), .ce(pce), .in_valid(1'b1), .a(pxf), .b(sx), .out_valid(), .y(mx));
    fp32_mul umy (.clk(clk), .rst(rst), .ce(pce), .in_valid(1'b1), .a(pyf), .b(sy), .out_valid(), .y(my));
    fp32_add uax (.clk(clk), .rst(rst), .ce(pce), .in_valid(1'b1), .a(C_M25), .b(mx), .out_valid(), .y(cx0));
    fp32_add uay (.clk(clk), .rst(rst), .ce(pce), .in_valid(1'b1), .a(C_M125), .b(my), .out_valid(), .y(cy0));

    // ---- the ring: {it, x, y, cx, cy} and the sequence number
    reg rv, rgo;
    reg [AW:0] rseq;
    reg [31:0] rit, rx, ry, rcx, rcy;
    wire loop_back = rv && rgo;
    assign slot_free = !loop_back;
    wire enter = pro_valid && slot_free;
    always @(posedge clk) if (rst) seq_in <= admitted; else if (enter) seq_in <= seq_in + 1'b1;
    wire [31:0] it = loop_back ? rit : 32'd0;
    wire [31:0] x = loop_back ? rx : 32'd0;
    wire [31:0] y = loop_back ? ry : 32'd0;
    wire [31:0] cx = loop_back ? rcx : cx0;
    wire [31:0] cy = loop_back ? rcy : cy0;
    wire [AW:0] seq = loop_back ? rseq : seq_in;
    wire lt = $signed(it) < $signed(max_iter);

    wire [31:0] xx, yy, x2, xy2, s, d, xn, yn;
    fp32_mul uxx (.clk(clk), .rst(rst), .ce(1'b1), .in_valid(1'b1), .a(x), .b(x), .out_valid(), .y(xx));
    fp32_mul uyy (.clk(clk), .rst(rst), .ce(1'b1), .in_valid(1'b1), .a(y), .b(y), .out_valid(), .y(yy));
    fp32_mul ux2 (.clk(clk), .rst(rst), .ce(1'b1), .in_valid(1'b1), .a(C_2), .b(x), .out_valid(), .y(x2));
    // stage 4: xx, yy, 2x
    reg [32*4-1:0] yd;                    // y to stage 4
    reg [32*8-1:0] cxd, cyd;              // cx, cy to stage 8
    fp32_mul uxy (.clk(clk), .rst(rst), .ce(1'b1), .in_valid(1'b1), .a(x2), .b(yd[127:96]), .out_valid(), .y(xy2));
    fp32_add us (.clk(clk), .rst(rst), .ce(1'b1), .in_valid(1'b1), .a(xx), .b(yy), .out_valid(), .y(s));
    fp32_add #(.SUB(1)) ud (.clk(clk), .rst(rst), .ce(1'b1), .in_valid(1'b1), .a(xx), .b(yy), .out_valid(), .y(d));
    /* verilator lint_on PINCONNECTEMPTY */
    // stage 8: xy2, s, d
    wire escaped;
    fp32_cmp #(.OP("gt")) uesc (.a(s), .b(C_4), .y(escaped));
    reg [32*4-1:0] cxd8, cyd8;            // cx, cy from stage 8 to stage 12
    fp32_add uyn (.clk(clk), .rst(rst), .ce(1'b1), .in_valid(1'b1), .a(xy2), .b(cyd[255:224]), .out_valid(), .y(yn));
    fp32_add uxn (.clk(clk), .rst(rst), .ce(1'b1), .in_valid(1'b1), .a(d), .b(cxd[255:224]), .out_valid(), .y(xn));
    // stage 12: xn, yn
    // tags beside the iteration: {valid, seq, lt, it} to stage 8, then {valid, seq, go, it + go} to stage 12
    reg [AW+34:0] t1 [1:8];
    reg [AW+34:0] t2 [9:12];
    integer k;
    wire go8 = t1[8][32] && !escaped;
    always @(posedge clk) begin
        yd <= {yd[95:0], y};
        cxd <= {cxd[223:0], cx};
        cyd <= {cyd[223:0], cy};
        cxd8 <= {cxd8[95:0], cxd[255:224]};
        cyd8 <= {cyd8[95:0], cyd[255:224]};
        t1[1] <= {!rst && (loop_back || enter), seq, lt, it};
        for (k = 2; k <= 8; k = k + 1) t1[k] <= t1[k - 1];
        t2[9] <= {t1[8][AW+34] && !rst, t1[8][AW+33:33], go8, t1[8][31:0] + {31'd0, go8}};
        for (k = 10; k <= 12; k = k + 1) t2[k] <= t2[k - 1];
        // the ring register
        rv <= !rst && t2[12][AW+34];
        rseq <= t2[12][AW+33:33];
        rgo <= t2[12][32];
        rit <= t2[12][31:0];
        rx <= xn;
        ry <= yn;
        rcx <= cxd8[127:96];
        rcy <= cyd8[127:96];
    end
    wire exit_v = rv && !rgo;

    // ---- reorder buffer: {~lap, it} at seq mod 256
    reg [32:0] rob [0:(1 << AW) - 1];
    integer ri;
    initial for (ri = 0; ri < (1 << AW); ri = ri + 1) rob[ri] = 0;
    always @(posedge clk) if (exit_v) rob[rseq[AW-1:0]] <= {!rseq[AW], rit};
    reg [32:0] rob_q;
    reg [AW:0] raddr_q;
    wire oce = !out_valid || out_ready;
    wire hit = raddr_q == head && rob_q[32] != head[AW];
    wire take = hit && oce;
    wire [AW:0] raddr = take ? head + 1'b1 : head;
    always @(posedge clk) begin
        rob_q <= rob[raddr[AW-1:0]];
        raddr_q <= raddr;
        if (rst) begin
            head <= admitted;
            out_valid <= 1'b0;
        end else begin
            if (take) head <= head + 1'b1;
            if (oce) out_valid <= take;
        end
        if (take) out_data <= rob_q[31:0];
    end
endmodule
`default_nettype wire
