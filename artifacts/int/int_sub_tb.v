// Test-only wrapper: int_sub at widths 8/16/32/64 (see tb_binop.vh).
`define OP int_sub
`define TB int_sub_tb
`include "tb_binop.vh"
