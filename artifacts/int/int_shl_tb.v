// Test-only wrapper: int_shl at widths 8/16/32/64 (see tb_binop.vh).
`define OP int_shl
`define TB int_shl_tb
`include "tb_binop.vh"
