// C++ helpers for the stream test benches: a random producer and a random
// consumer around one valid/ready channel pair of a Verilated model.
#pragma once
#include <deque>
#include "tb_common.h"

// Producer side of a channel: offers random data with probability p_in (%)
// per cycle; once valid it holds valid and data until the handshake.
template <class V, class D> struct Producer {
    V *valid; const V *ready; D *data;
    uint64_t dmask;
    bool offering = false;
    uint64_t cur = 0;
    bool fire = false;
    long sent = 0;
    Producer(V *v, const V *r, D *d, int width) : valid(v), ready(r), data(d), dmask(mask(width)) {}
    void drive(int p_in, long limit) {
        if (!offering && sent < limit && (int)(rnd() % 100) < p_in) { offering = true; cur = rnd() & dmask; }
        *valid = offering;
        *data = offering ? (D)cur : (D)(rnd() & dmask);   // garbage data when not valid
    }
    void sample() { fire = offering && *ready; }       // after eval, before the edge
    bool commit() {                                    // after the edge: true if an item left
        if (!fire) return false;
        offering = false; sent++;
        return true;
    }
};

// Consumer side: raises ready with probability p_out (%); checks that the
// channel never drops an offered item (valid and data stable until taken)
// and that items arrive in order (compared against `expect`).
template <class V, class D> struct Consumer {
    const V *valid; V *ready; const D *data;
    const char *what;
    std::deque<uint64_t> expect;
    bool stalled = false;      // last cycle had valid && !ready
    uint64_t stalled_data = 0;
    bool fire = false;
    uint64_t got = 0;
    long received = 0;
    Consumer(const V *v, V *r, const D *d, const char *w) : valid(v), ready(r), data(d), what(w) {}
    void drive(int p_out) { *ready = (int)(rnd() % 100) < p_out; }
    void sample() {
        if (stalled && !(*valid && (uint64_t)*data == stalled_data))
            tb_fail("%s: valid item withdrawn or changed while stalled (was 0x%llx)", what,
                    (unsigned long long)stalled_data);
        stalled = *valid && !*ready;
        stalled_data = (uint64_t)*data;
        fire = *valid && *ready;
        got = (uint64_t)*data;
    }
    void commit() {
        if (!fire) return;
        if (expect.empty()) tb_fail("%s: item 0x%llx out of nowhere", what, (unsigned long long)got);
        if (expect.front() != got)
            tb_fail("%s: item %ld is 0x%llx, expected 0x%llx", what, received,
                    (unsigned long long)got, (unsigned long long)expect.front());
        expect.pop_front();
        received++;
    }
};

// Traffic phases (producer %, consumer %): full rate, both random, slow
// consumer, slow producer.
static const int tb_phases[4][2] = {{100, 100}, {50, 50}, {90, 30}, {30, 90}};
