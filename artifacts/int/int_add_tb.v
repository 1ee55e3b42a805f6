// Test-only wrapper: int_add at widths 8/16/32/64 (see tb_binop.vh).
`define OP int_add
`define TB int_add_tb
`include "tb_binop.vh"
