// Test-only wrapper: int_and at widths 8/16/32/64 (see tb_binop.vh).
`define OP int_and
`define TB int_and_tb
`include "tb_binop.vh"
