// Test bench for sol_fir (wrapper sol_fir_tb.v): two filters (4 taps
// {1, -2, 3, 4}; 8 taps {MAX, MIN, -1, 0, 1, 0x12345678, 0xDEADBEEF, 65536}),
// 16,000 random samples each (extremes included) under four valid/ready
// traffic patterns, reset between patterns; every output must equal the Java
// reference (int arithmetic, history zero after reset); full rate must be
// one sample per clock.
#include "Vtb.h"
#include "stream/tb_stream.h"

struct JavaFir {             // the Java code of sol_fir.v's header, on int32
    std::vector<int32_t> c, h;
    explicit JavaFir(std::vector<uint32_t> cs) {
        for (uint32_t v : cs) c.push_back((int32_t)v);
        h.assign(c.size(), 0);
    }
    void reset() { h.assign(c.size(), 0); }
    uint32_t step(uint32_t x) {
        for (size_t k = h.size() - 1; k > 0; k--) h[k] = h[k - 1];
        h[0] = (int32_t)x;
        uint32_t y = 0;                      // unsigned: wrapping like Java int
        for (size_t k = 0; k < c.size(); k++) y += (uint32_t)c[k] * (uint32_t)h[k];
        return y;
    }
};

int main() {
    tb_name = "sol_fir";
    tb_seed();
    Vtb m;
    JavaFir fa({1, (uint32_t)-2, 3, 4});
    JavaFir fb({0x7FFFFFFF, 0x80000000, 0xFFFFFFFF, 0, 1, 0x12345678, 0xDEADBEEF, 0x00010000});
    Producer<CData, IData> pa(&m.a_in_valid, &m.a_in_ready, &m.a_in_data, 32);
    Producer<CData, IData> pb(&m.b_in_valid, &m.b_in_ready, &m.b_in_data, 32);
    Consumer<CData, IData> ca(&m.a_out_valid, &m.a_out_ready, &m.a_out_data, "4 taps");
    Consumer<CData, IData> cb(&m.b_out_valid, &m.b_out_ready, &m.b_out_data, "8 taps");
    const long per = 4000;
    long n = 0;
    for (int ph = 0; ph < 4; ph++) {
        m.rst = 1; m.a_in_valid = m.b_in_valid = 0;
        for (int i = 0; i < 2; i++) { m.clk = 1; m.eval(); m.clk = 0; m.eval(); }
        m.rst = 0;
        fa.reset(); fb.reset();
        pa.sent = pb.sent = 0;
        long cycles = 0;
        while (pa.sent < per || pb.sent < per || !ca.expect.empty() || !cb.expect.empty()) {
            pa.drive(tb_phases[ph][0], per); pb.drive(tb_phases[ph][0], per);
            // make every 4th sample an extreme value
            if (pa.offering && (pa.sent & 3) == 3 && !pa.fire) { pa.cur = rnd_val(32); *pa.data = (IData)pa.cur; }
            ca.drive(tb_phases[ph][1]); cb.drive(tb_phases[ph][1]);
            m.eval();
            pa.sample(); pb.sample(); ca.sample(); cb.sample();
            m.clk = 1; m.eval();
            if (pa.commit()) ca.expect.push_back(fa.step((uint32_t)pa.cur));
            if (pb.commit()) cb.expect.push_back(fb.step((uint32_t)pb.cur));
            ca.commit(); cb.commit();
            m.clk = 0; m.eval();
            if (++cycles > 50 * per) tb_fail("phase %d stuck", ph);
        }
        if (ph == 0 && cycles > per + 2) tb_fail("full rate: %ld samples took %ld cycles", per, cycles);
        n += 2 * per;
    }
    m.final();
    return tb_pass(n);
}
