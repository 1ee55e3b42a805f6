// Test-only wrapper: int_neg at widths 8/16/32/64 (see tb_unop.vh).
`define OP int_neg
`define TB int_neg_tb
`include "tb_unop.vh"
