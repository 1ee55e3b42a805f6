// Test bench for stream_delay at DEPTH 0, 1, 2, 7 (registers) and 32, 45 (a
// RAM) (wrapper stream_delay_tb.v):
// 20,000 cycles of random valid/data with random ce stalls and a reset in the
// middle; every cycle out_valid, and out_data when valid, must equal a model
// shift register of DEPTH stages that advances only when ce = 1.
#include <deque>
#include "Vtb.h"
#include "tb_common.h"

int main() {
    tb_name = "stream_delay";
    tb_seed();
    Vtb m;
    const int depth[6] = {0, 1, 2, 7, 32, 45};
    std::deque<std::pair<bool, uint32_t>> pipe[6];
    auto reset_model = [&]() {
        for (int k = 0; k < 6; k++) pipe[k].assign((size_t)depth[k], {false, 0});
    };
    m.clk = 0; m.rst = 1; m.ce = 1; m.in_valid = 0;
    for (int i = 0; i < 9; i++) { m.clk = 1; m.eval(); m.clk = 0; m.eval(); }
    m.rst = 0;
    reset_model();
    long n = 0;
    for (int cyc = 0; cyc < 20000; cyc++) {
        bool rst = cyc == 10000;
        bool ce = rnd() % 4 != 0;
        uint32_t d[6];
        unsigned v = (unsigned)(rnd() & 63);
        for (auto &x : d) x = (uint32_t)rnd();
        m.rst = rst; m.ce = ce; m.in_valid = v;
        m.in_data0 = d[0]; m.in_data1 = d[1]; m.in_data2 = d[2]; m.in_data3 = d[3];
        m.in_data4 = d[4]; m.in_data5 = d[5];
        m.eval();
        const uint32_t od[6] = {m.out_data0, m.out_data1, m.out_data2, m.out_data3, m.out_data4, m.out_data5};
        for (int k = 0; k < 6; k++) {
            bool wv = depth[k] ? pipe[k].back().first : (v >> k) & 1;
            uint32_t wd = depth[k] ? pipe[k].back().second : d[k];
            bool gv = (m.out_valid >> k) & 1;
            if (gv != wv) tb_fail("DEPTH=%d cycle %d: out_valid %d, expected %d", depth[k], cyc, gv, wv);
            if (wv && od[k] != wd) tb_fail("DEPTH=%d cycle %d: out_data 0x%x, expected 0x%x", depth[k], cyc, od[k], wd);
            n++;
        }
        m.clk = 1; m.eval();
        for (int k = 0; k < 6; k++) {
            if (!depth[k]) continue;
            if (ce) { pipe[k].push_front({(v >> k) & 1, d[k]}); pipe[k].pop_back(); }
            if (rst) for (auto &e : pipe[k]) e.first = false;
        }
        m.clk = 0; m.eval();
    }
    m.final();
    return tb_pass(n);
}
