// Task 2 of runtime/tests/fpga.sh, a stream: a stateful filter keeping
// {count, sum} (state word 0 sum, word 1 count); each item x adds x to sum
// and 1 to count and puts out the new sum; out_exc = 2 for x == 0.
// One register stage; no params.
module lime_task2 (
    input clk, input rst, input load,
    input [31:0] params, input [63:0] state_in, output [63:0] state_out,
    input in_valid, output in_ready, input [31:0] in_data,
    output out_valid, input out_ready, output [31:0] out_data, output [3:0] out_exc);
    reg v;
    reg [31:0] sum, count, d;
    reg [3:0] e;
    wire ce = out_ready || !v;
    always @(posedge clk) begin
        if (rst) begin
            v <= 1'b0; sum <= 32'd0; count <= 32'd0;
        end else if (load) begin
            sum <= state_in[31:0]; count <= state_in[63:32];
        end else if (ce) begin
            v <= in_valid;
            if (in_valid) begin
                sum <= sum + in_data;
                count <= count + 32'd1;
                d <= sum + in_data;
                e <= in_data == 32'd0 ? 4'd2 : 4'd0;
            end
        end
    end
    assign in_ready = ce && !load;
    assign out_valid = v;
    assign out_data = d;
    assign out_exc = e;
    assign state_out = {count, sum};
endmodule
