// Task 6 of runtime/tests/fpga.sh: a broken model that takes every item and
// never puts a result out (the runtime must give up and use the CPU).
module lime_task6 (
    input clk, input rst, input load,
    input [31:0] params, input [31:0] state_in, output [31:0] state_out,
    input in_valid, output in_ready, input [31:0] in_data,
    output out_valid, input out_ready, output [31:0] out_data, output [3:0] out_exc);
    assign in_ready = 1'b1;
    assign out_valid = 1'b0;
    assign out_data = 32'd0;
    assign out_exc = 4'd0;
    assign state_out = 32'd0;
endmodule
