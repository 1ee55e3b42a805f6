// Test-only wrapper: int_shr at widths 8/16/32/64 (see tb_binop.vh).
`define OP int_shr
`define TB int_shr_tb
`include "tb_binop.vh"
