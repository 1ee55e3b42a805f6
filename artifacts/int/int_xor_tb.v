// Test-only wrapper: int_xor at widths 8/16/32/64 (see tb_binop.vh).
`define OP int_xor
`define TB int_xor_tb
`include "tb_binop.vh"
