// Test-only wrapper: int_not at widths 8/16/32/64 (see tb_unop.vh).
`define OP int_not
`define TB int_not_tb
`include "tb_unop.vh"
