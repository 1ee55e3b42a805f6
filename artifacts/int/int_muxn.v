// int_muxn: N:1 multiplexer (N >= 2).  Input i is d[i*WIDTH +: WIDTH];
// y = input sel, or 0 when sel >= N (so the result is always defined).
// Combinational (latency 0).  Used for switch statements and small constant
// table lookups after if-conversion.
`default_nettype none
module int_muxn #(
    parameter integer WIDTH = 32,
    parameter integer N = 4,
    parameter integer SELW = $clog2(N)      // derived; do not override
) (
    input  wire [SELW-1:0]    sel,
    input  wire [N*WIDTH-1:0] d,
    output reg  [WIDTH-1:0]   y
);
    integer i;
    always @(*) begin
        y = {WIDTH{1'b0}};
        for (i = 0; i < N; i = i + 1)
            if (sel == i[SELW-1:0]) y = d[i*WIDTH +: WIDTH];
    end
endmodule
`default_nettype wire
