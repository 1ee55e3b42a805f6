// C++ helpers for the rate adapters' benches (stream_deser, stream_ser): one
// lane is one instance of the wrapper, its ports reached through lambdas that
// pack and unpack items of `w` bits (so that words wider than 64 bits,
// Verilator's VlWide, are handled like the narrow ones).  The reference is
// the rate rule itself: a word is N consecutive items of the stream, the
// first one low; the items of a word go out low first.
#pragma once
#include <deque>
#include <functional>
#include "tb_common.h"
#include "verilated.h"

// item k (w bits) of a port of any Verilator type
template <class T> static uint64_t tb_get_item(const T &p, int k, int w) { return ((uint64_t)p >> (k * w)) & mask(w); }
template <std::size_t N> static uint64_t tb_get_item(const VlWide<N> &p, int k, int w) {
    uint64_t v = 0;
    for (int b = 0; b < w; b++) {
        int bit = k * w + b;
        v |= (uint64_t)((p[bit / 32] >> (bit % 32)) & 1) << b;
    }
    return v;
}
template <class T> static void tb_set_item(T &p, int k, int w, uint64_t v) {
    uint64_t m = mask(w) << (k * w);
    p = (T)(((uint64_t)p & ~m) | ((v & mask(w)) << (k * w)));
}
template <std::size_t N> static void tb_set_item(VlWide<N> &p, int k, int w, uint64_t v) {
    for (int b = 0; b < w; b++) {
        int bit = k * w + b;
        uint32_t one = 1u << (bit % 32);
        p[bit / 32] = ((v >> b) & 1) ? (p[bit / 32] | one) : (p[bit / 32] & ~one);
    }
}

// One lane: `in_items` items per input handshake, `out_items` per output
// handshake (deser: 1 and N; ser: M and 1), each `w` bits.
struct RateLane {
    const char *what;
    int w, in_items, out_items;
    CData *in_valid; const CData *in_ready; const CData *out_valid; CData *out_ready;
    std::function<void(int, uint64_t)> set_in;     // item k of in_data
    std::function<uint64_t(int)> get_out;          // item k of out_data
    std::deque<uint64_t> expect;                   // items in, not out yet, in order
    std::vector<uint64_t> cur, stalled;            // the offered input; the output held while stalled
    bool offering = false, was_stalled = false, in_fire = false, out_fire = false;
    long sent = 0, received = 0;                   // input and output handshakes

    void drive(int p_in, int p_out, long limit) {
        if (!offering && sent < limit && (int)(rnd() % 100) < p_in) {
            offering = true;
            cur.assign(in_items, 0);
            for (auto &x : cur) x = rnd() % 4 == 0 ? edges(w)[rnd() % edges(w).size()] : rnd_val(w);
        }
        *in_valid = offering;
        for (int k = 0; k < in_items; k++) set_in(k, offering ? cur[k] : rnd());   // garbage when not valid
        *out_ready = (int)(rnd() % 100) < p_out;
    }
    void sample() {   // after eval, before the edge
        std::vector<uint64_t> now(out_items);
        for (int k = 0; k < out_items; k++) now[k] = get_out(k);
        if (was_stalled && !(*out_valid && now == stalled))
            tb_fail("%s: output word withdrawn or changed while stalled", what);
        was_stalled = *out_valid && !*out_ready;
        stalled = now;
        in_fire = offering && *in_ready;
        out_fire = *out_valid && *out_ready;
        if (out_fire) {
            if ((long)expect.size() < out_items)
                tb_fail("%s: output %ld with only %zu items in", what, received, expect.size());
            for (int k = 0; k < out_items; k++) {
                if (now[k] != expect.front())
                    tb_fail("%s: output %ld item %d is 0x%llx, expected 0x%llx", what, received, k,
                            (unsigned long long)now[k], (unsigned long long)expect.front());
                expect.pop_front();
            }
            received++;
        }
    }
    void commit() {   // after the edge
        if (in_fire) {
            for (auto x : cur) expect.push_back(x);
            offering = false;
            sent++;
        }
    }
};

// Clocks the model once with every lane driven, sampled and committed.
template <class M> static void tb_rate_step(M &m, std::vector<RateLane *> &lanes, int p_in, int p_out, long limit) {
    for (auto *L : lanes) L->drive(p_in, p_out, limit);
    m.eval();
    for (auto *L : lanes) L->sample();
    m.clk = 1; m.eval();
    for (auto *L : lanes) L->commit();
    m.clk = 0; m.eval();
}

// The shared bench: reset, then per lane `per` input handshakes under each
// traffic phase (full rate, random, slow consumer, slow producer), items in
// order and intact, the full-rate phase at one item per clock on the items'
// side (`per * in_items` clocks in, `per * in_items` out); then a tail: a
// group of fewer than a word's items must never come out; then a reset in
// the middle of a word must drop it.  Returns the items checked.
template <class M> static long tb_rate_run(M &m, std::vector<RateLane *> lanes, bool deser) {
    auto reset = [&]() {
        m.rst = 1;
        for (auto *L : lanes) { *L->in_valid = 0; L->offering = false; L->expect.clear(); L->was_stalled = false; }
        for (int i = 0; i < 2; i++) { m.clk = 1; m.eval(); m.clk = 0; m.eval(); }
        m.rst = 0;
        m.eval();
    };
    m.clk = 0;
    reset();
    static const int phases[4][2] = {{100, 100}, {50, 50}, {90, 30}, {30, 90}};
    const long per = 3000;
    long n = 0;
    for (auto *L : lanes) {
        std::vector<RateLane *> one = {L};
        for (int ph = 0; ph < 4; ph++) {
            L->sent = 0;
            long cycles = 0;
            // every phase ends on a whole word: the deser's groups stay aligned
            long limit = deser ? per - per % L->out_items : per;
            while (L->sent < limit || L->offering || !L->expect.empty()) {
                tb_rate_step(m, one, phases[ph][0], phases[ph][1], limit);
                if (++cycles > 100 * per * (L->in_items + L->out_items)) tb_fail("%s: phase %d stuck", L->what, ph);
            }
            long items = limit * L->in_items;
            if (ph == 0 && cycles > items + 3)
                tb_fail("%s: full rate: %ld items took %ld clocks", L->what, items, cycles);
            n += items;
        }
        // the tail: fewer items than a word (deser), nothing may come out
        if (deser && L->out_items > 1) {
            long k = 1 + (long)(rnd() % (uint64_t)(L->out_items - 1)), sent0 = L->sent;
            while (L->sent < sent0 + k) tb_rate_step(m, one, 100, 100, sent0 + k);
            for (int i = 0; i < 50; i++) {
                tb_rate_step(m, one, 0, 100, 0);
                if (*L->out_valid) tb_fail("%s: a partial word of %ld items came out", L->what, k);
            }
            // reset drops it: the next word is the next N items
            reset();
            n += k;
        }
        // the serialiser stalled with a word inside, then reset: nothing more out
        if (!deser) {
            long sent0 = L->sent;
            while (L->sent < sent0 + 1) tb_rate_step(m, one, 100, 0, sent0 + 1);
            reset();
            for (int i = 0; i < 20; i++) {
                tb_rate_step(m, one, 0, 100, 0);
                if (*L->out_valid) tb_fail("%s: an item came out after reset", L->what);
            }
        }
    }
    return n;
}
