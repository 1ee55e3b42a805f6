// Test bench for int_div (wrapper int_div_tb.v): widths 8 (all 65,536 pairs),
// 16, 32, 64 (edge cases squared + 20,000 random pairs each) go through the
// pipelines with random stalls (ce = 0) and bubbles (in_valid = 0).  A model
// pipeline of WIDTH stages per width predicts out_valid every cycle; each
// valid output is checked against Java's / and % (truncating, MIN / -1 = MIN,
// MIN % -1 = 0, remainder has the dividend's sign) and dz against b == 0.
#include <deque>
#include "Vtb.h"
#include "tb_common.h"

struct Item { bool valid; uint64_t a, b; };

struct Lane {
    int w;
    std::vector<std::pair<uint64_t, uint64_t>> vec;
    size_t next = 0;
    std::deque<Item> pipe;                 // front = newest stage
    long checked = 0;
    explicit Lane(int w_) : w(w_), pipe((size_t)w_, Item{false, 0, 0}) {
        for_pairs(w, 20000, [&](uint64_t a, uint64_t b) { vec.push_back({a, b}); });
    }
    bool done() const {
        if (next < vec.size()) return false;
        for (auto &it : pipe) if (it.valid) return false;
        return true;
    }
};

static void java_divrem(uint64_t a, uint64_t b, int w, uint64_t &q, uint64_t &r) {
    int64_t x = sext(a, w), y = sext(b, w);
    if (y == -1) { q = (uint64_t)0 - (uint64_t)x; r = 0; }   // MIN / -1 = MIN (wraps)
    else { q = (uint64_t)(x / y); r = (uint64_t)(x % y); }   // C++ truncates like Java
    q &= mask(w); r &= mask(w);
}

template <class T> static void check(Lane &L, bool ov, T q, T r, bool dz) {
    const Item &it = L.pipe.back();
    if (ov != it.valid) tb_fail("w=%d: out_valid=%d, expected %d", L.w, ov, it.valid);
    if (!it.valid) return;
    bool wdz = (it.b & mask(L.w)) == 0;
    if (dz != wdz) tb_fail("w=%d a=0x%llx b=0x%llx: dz=%d", L.w, (unsigned long long)it.a,
                           (unsigned long long)it.b, dz);
    if (!wdz) {
        uint64_t wq, wr;
        java_divrem(it.a, it.b, L.w, wq, wr);
        if ((uint64_t)q != wq || (uint64_t)r != wr)
            tb_fail("w=%d a=0x%llx b=0x%llx: got q=0x%llx r=0x%llx want q=0x%llx r=0x%llx", L.w,
                    (unsigned long long)it.a, (unsigned long long)it.b, (unsigned long long)q,
                    (unsigned long long)r, (unsigned long long)wq, (unsigned long long)wr);
    }
    L.checked++;
}

int main() {
    tb_name = "int_div";
    tb_seed();
    Vtb m;
    Lane L8(8), L16(16), L32(32), L64(64);
    Lane *lanes[4] = {&L8, &L16, &L32, &L64};

    m.clk = 0; m.rst = 1; m.ce = 1;
    for (int i = 0; i < 3; i++) { m.clk = 1; m.eval(); m.clk = 0; m.eval(); }
    m.rst = 0;
    m.eval();
    if (m.ov8 || m.ov16 || m.ov32 || m.ov64) tb_fail("out_valid set after reset");

    long cycles = 0;
    while (!(L8.done() && L16.done() && L32.done() && L64.done())) {
        bool ce = (rnd() % 10) != 0;
        m.ce = ce;
        Item in[4];
        for (int k = 0; k < 4; k++) {
            Lane &L = *lanes[k];
            in[k] = Item{false, rnd_val(L.w), rnd_val(L.w)};    // garbage when not valid
            if (L.next < L.vec.size() && rnd() % 8 != 0) {
                in[k] = Item{true, L.vec[L.next].first, L.vec[L.next].second};
                if (ce) L.next++;
            }
        }
        m.iv8 = in[0].valid;  m.a8 = in[0].a;  m.b8 = in[0].b;
        m.iv16 = in[1].valid; m.a16 = in[1].a; m.b16 = in[1].b;
        m.iv32 = in[2].valid; m.a32 = in[2].a; m.b32 = in[2].b;
        m.iv64 = in[3].valid; m.a64 = in[3].a; m.b64 = in[3].b;
        m.clk = 1; m.eval();
        if (ce)
            for (int k = 0; k < 4; k++) { lanes[k]->pipe.push_front(in[k]); lanes[k]->pipe.pop_back(); }
        check(L8, m.ov8, m.q8, m.r8, m.dz8);
        check(L16, m.ov16, m.q16, m.r16, m.dz16);
        check(L32, m.ov32, m.q32, m.r32, m.dz32);
        check(L64, m.ov64, m.q64, m.r64, m.dz64);
        m.clk = 0; m.eval();
        if (++cycles > 10000000) tb_fail("did not drain");
    }
    m.final();
    return tb_pass(L8.checked + L16.checked + L32.checked + L64.checked);
}
