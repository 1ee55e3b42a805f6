// Test-only wrapper: int_mul at widths 8/16/32/64 (see tb_binop.vh).
`define OP int_mul
`define TB int_mul_tb
`include "tb_binop.vh"
