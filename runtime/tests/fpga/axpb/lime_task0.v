// Task 0 of runtime/tests/fpga.sh: y = a * p + b (int), three pipeline
// stages that all stall while an output waits (ce = out_ready || !out_valid);
// out_exc = 2 (ArithmeticException) for an item whose b is 0.
// in_data = {b, a}, params = p, no state.
module lime_task0 (
    input clk, input rst, input load,
    input [31:0] params, input [31:0] state_in, output [31:0] state_out,
    input in_valid, output in_ready, input [63:0] in_data,
    output out_valid, input out_ready, output [31:0] out_data, output [3:0] out_exc);
    wire ce = out_ready || !out_valid;
    wire [31:0] a = in_data[31:0], b = in_data[63:32];
    reg [2:0] v;
    reg [31:0] d0, d1, d2;
    reg [3:0] e0, e1, e2;
    always @(posedge clk) begin
        if (rst) v <= 3'b000;
        else if (ce) begin
            v <= {v[1:0], in_valid};
            d0 <= a * params + b;
            e0 <= b == 32'd0 ? 4'd2 : 4'd0;
            d1 <= d0; e1 <= e0;
            d2 <= d1; e2 <= e1;
        end
    end
    assign in_ready = ce;
    assign out_valid = v[2];
    assign out_data = d2;
    assign out_exc = e2;
    assign state_out = 32'd0;
endmodule
