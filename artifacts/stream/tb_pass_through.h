// Shared bench for single-channel pass-through modules (stream_reg,
// stream_skid, stream_fifo): items must come out unchanged, in order, none
// lost or duplicated, under random valid/ready traffic; at full rate (phase
// 0) the module must sustain one item per clock.
#pragma once
#include "tb_stream.h"

struct PassLane {
    Producer<CData, IData> p;
    Consumer<CData, IData> c;
    long full_rate_items = 0;
    PassLane(CData *iv, const CData *ir, IData *id, const CData *ov, CData *ordy, const IData *od,
             const char *what)
        : p(iv, ir, id, 32), c(ov, ordy, od, what) {}
};

// lanes: the channels of one model sharing clk/rst; returns items moved.
template <class M> static long run_pass_through(M &m, std::vector<PassLane *> lanes,
                                                long per_phase = 4000) {
    m.clk = 0; m.rst = 1;
    for (auto *L : lanes) { *L->p.valid = 0; *L->c.ready = 0; }
    for (int i = 0; i < 3; i++) { m.clk = 1; m.eval(); m.clk = 0; m.eval(); }
    m.rst = 0;
    long total = 0;
    for (int ph = 0; ph < 4; ph++) {
        for (auto *L : lanes) L->p.sent = 0;
        long cycles = 0;
        for (;;) {
            bool busy = false;
            for (auto *L : lanes) {
                L->p.drive(tb_phases[ph][0], per_phase);
                L->c.drive(ph == 0 ? 100 : tb_phases[ph][1]);
                if (L->p.sent < per_phase || !L->c.expect.empty() || L->p.offering) busy = true;
            }
            if (!busy) break;
            m.eval();
            for (auto *L : lanes) { L->p.sample(); L->c.sample(); }
            m.clk = 1; m.eval();
            for (auto *L : lanes) {
                if (L->p.commit()) L->c.expect.push_back(L->p.cur);
                bool f = L->c.fire;
                L->c.commit();
                if (f && ph == 0) L->full_rate_items++;
            }
            m.clk = 0; m.eval();
            if (++cycles > 50 * per_phase) tb_fail("phase %d: stuck", ph);
        }
        if (ph == 0) {
            // one item per clock: per_phase items in at most per_phase + 10 cycles
            if (cycles > per_phase + 10) tb_fail("full rate: %ld items took %ld cycles", per_phase, cycles);
        }
        total += per_phase * (long)lanes.size();
    }
    return total;
}
