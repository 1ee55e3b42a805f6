// Test-only wrapper: int_ushr at widths 8/16/32/64 (see tb_binop.vh).
`define OP int_ushr
`define TB int_ushr_tb
`include "tb_binop.vh"
