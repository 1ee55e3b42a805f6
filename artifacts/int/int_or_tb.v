// Test-only wrapper: int_or at widths 8/16/32/64 (see tb_binop.vh).
`define OP int_or
`define TB int_or_tb
`include "tb_binop.vh"
