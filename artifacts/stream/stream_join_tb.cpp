// Test bench for stream_join: two random producers, one random consumer,
// four traffic patterns; the output must be the pairs {in1, in0} in order,
// each input consumed exactly when its pair leaves, one pair per clock at
// full rate.
#include "Vtb.h"
#include "tb_stream.h"

int main() {
    tb_name = "stream_join";
    tb_seed();
    Vtb m;
    Producer<CData, IData> p0(&m.in0_valid, &m.in0_ready, &m.in0_data, 32);
    Producer<CData, IData> p1(&m.in1_valid, &m.in1_ready, &m.in1_data, 32);
    Consumer<CData, QData> c(&m.out_valid, &m.out_ready, &m.out_data, "out");
    std::deque<uint64_t> q0, q1;   // accepted inputs not yet paired
    const long per = 4000;
    long n = 0;
    for (int ph = 0; ph < 4; ph++) {
        p0.sent = 0; p1.sent = 0;
        long cycles = 0;
        while (p0.sent < per || p1.sent < per) {
            p0.drive(tb_phases[ph][0], per);
            p1.drive(ph == 0 ? 100 : tb_phases[3 - ph][0], per);
            c.drive(tb_phases[ph][1]);
            m.eval();
            p0.sample(); p1.sample(); c.sample();
            if (p0.fire != p1.fire || p0.fire != c.fire)
                tb_fail("inputs and output not consumed together (%d %d %d)", p0.fire, p1.fire, c.fire);
            if (c.fire) c.expect.push_back(p1.cur << 32 | p0.cur);
            // combinational module: no clock; one loop iteration is one cycle
            p0.commit(); p1.commit(); c.commit();
            if (++cycles > 50 * per) tb_fail("phase %d stuck", ph);
        }
        if (ph == 0 && cycles > per + 2) tb_fail("full rate: %ld pairs took %ld cycles", per, cycles);
        n += per;
    }
    m.final();
    return tb_pass(n);
}
