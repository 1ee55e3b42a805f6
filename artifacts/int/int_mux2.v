// int_mux2: 2:1 multiplexer, y = sel ? d1 : d0 (Java c ? x : y with
// sel = c, d1 = x, d0 = y; also the result of if-conversion).
// Combinational (latency 0).
`default_nettype none
module int_mux2 #(
    parameter integer WIDTH = 32
) (
    input  wire             sel,
    input  wire [WIDTH-1:0] d0,
    input  wire [WIDTH-1:0] d1,
    output wire [WIDTH-1:0] y
);
    assign y = sel ? d1 : d0;
endmodule
`default_nettype wire
