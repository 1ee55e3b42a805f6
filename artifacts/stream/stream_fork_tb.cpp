// Test bench for stream_fork: 16,000 random items under four traffic
// patterns with two independently random consumers; each output must see
// exactly the input sequence, valid must hold until taken, and at full rate
// (both consumers always ready) one item per clock.
#include "Vtb.h"
#include "tb_stream.h"

int main() {
    tb_name = "stream_fork";
    tb_seed();
    Vtb m;
    Producer<CData, IData> p(&m.in_valid, &m.in_ready, &m.in_data, 32);
    Consumer<CData, IData> c0(&m.out0_valid, &m.out0_ready, &m.out0_data, "out0");
    Consumer<CData, IData> c1(&m.out1_valid, &m.out1_ready, &m.out1_data, "out1");
    m.clk = 0; m.rst = 1; m.in_valid = 0;
    for (int i = 0; i < 3; i++) { m.clk = 1; m.eval(); m.clk = 0; m.eval(); }
    m.rst = 0;
    const long per = 4000;
    long n = 0;
    bool taken0 = false, taken1 = false;
    for (int ph = 0; ph < 4; ph++) {
        p.sent = 0;
        long cycles = 0;
        while (p.sent < per || p.offering) {
            p.drive(tb_phases[ph][0], per);
            c0.drive(tb_phases[ph][1]);
            c1.drive(ph == 0 ? 100 : tb_phases[3 - ph][1]);   // the consumers differ
            m.eval();
            p.sample(); c0.sample(); c1.sample();
            // each output may take the offered item once (maybe in the cycle it
            // is offered); expect it only on outputs that have not taken it
            c0.expect.clear(); c1.expect.clear();
            if (p.offering && !taken0) c0.expect.push_back(p.cur);
            if (p.offering && !taken1) c1.expect.push_back(p.cur);
            m.clk = 1; m.eval();
            c0.commit(); c1.commit();     // fails on a fire with nothing expected
            if (c0.fire) taken0 = true;
            if (c1.fire) taken1 = true;
            bool both = taken0 && taken1;
            if (p.commit()) {
                if (!both) tb_fail("input item %ld consumed before both outputs took it", p.sent - 1);
                taken0 = taken1 = false;
            } else if (both) {
                tb_fail("both outputs took item %ld but the input was not consumed", p.sent);
            }
            m.clk = 0; m.eval();
            if (++cycles > 50 * per) tb_fail("phase %d stuck", ph);
        }
        if (ph == 0 && cycles > per + 2) tb_fail("full rate: %ld items took %ld cycles", per, cycles);
        n += per;
    }
    m.final();
    return tb_pass(n);
}
