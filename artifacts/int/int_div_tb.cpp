// Test bench for int_div (wrapper int_div_tb.v): widths 8 (all 65,536 pairs),
// 16, 32, 64 (edge cases squared + 20,000 random pairs each) go through the
// pipelines with random stalls (ce = 0) and bubbles (in_valid = 0).  A model
// pipeline of WIDTH stages per width predicts out_valid every cycle; each
// valid output is checked against Java's / and % (truncating, MIN / -1 = MIN,
// MIN % -1 = 0, remainder has the dividend's sign) and dz against b == 0.
// The same pairs again through STABLE_B = 1 instances, grouped by divisor:
// b changes only when the pipeline is empty, as the module requires.
#include <algorithm>
#include <deque>
#include "Vtb.h"
#include "tb_common.h"

struct Item { bool valid; uint64_t a, b; };

struct Lane {
    int w;
    bool stable;                           // STABLE_B: b changes only while the pipeline is empty
    std::vector<std::pair<uint64_t, uint64_t>> vec;
    size_t next = 0;
    uint64_t held_b = 0;                   // stable: the b on the port
    std::deque<Item> pipe;                 // front = newest stage
    long checked = 0;
    Lane(int w_, bool stable_) : w(w_), stable(stable_), pipe((size_t)w_, Item{false, 0, 0}) {
        for_pairs(w, 20000, [&](uint64_t a, uint64_t b) { vec.push_back({a, b}); });
        if (stable)   // grouped by divisor, each group's dividends in the order made
            std::stable_sort(vec.begin(), vec.end(), [](auto &x, auto &y) { return x.second < y.second; });
    }
    bool empty() const {
        for (auto &it : pipe) if (it.valid) return false;
        return true;
    }
    // The item offered this clock: the next pair (sometimes a bubble), held
    // back (a bubble with the old b) while a stable lane has items of another b
    Item offer() {
        Item in{false, rnd_val(w), stable ? held_b : rnd_val(w)};   // garbage when not valid
        if (next >= vec.size() || rnd() % 8 == 0) return in;
        if (stable && vec[next].second != held_b) {
            if (!empty()) return in;
            held_b = in.b = vec[next].second;
        }
        return Item{true, vec[next].first, vec[next].second};
    }
    bool done() const {
        if (next < vec.size()) return false;
        for (auto &it : pipe) if (it.valid) return false;
        return true;
    }
};

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
    Lane L8(8, false), L16(16, false), L32(32, false), L64(64, false);
    Lane S8(8, true), S16(16, true), S32(32, true), S64(64, true);
    Lane *lanes[8] = {&L8, &L16, &L32, &L64, &S8, &S16, &S32, &S64};

    m.clk = 0; m.rst = 1; m.ce = 1;
    for (int i = 0; i < 3; i++) { m.clk = 1; m.eval(); m.clk = 0; m.eval(); }
    m.rst = 0;
    m.eval();
    if (m.ov8 || m.ov16 || m.ov32 || m.ov64 || m.sov8 || m.sov16 || m.sov32 || m.sov64)
        tb_fail("out_valid set after reset");

    long cycles = 0;
    auto all_done = [&] {
        for (Lane *L : lanes) if (!L->done()) return false;
        return true;
    };
    while (!all_done()) {
        bool ce = (rnd() % 10) != 0;
        m.ce = ce;
        Item in[8];
        for (int k = 0; k < 8; k++) {
            in[k] = lanes[k]->offer();
            if (in[k].valid && ce) lanes[k]->next++;
        }
        m.iv8 = in[0].valid;   m.a8 = in[0].a;   m.b8 = in[0].b;
        m.iv16 = in[1].valid;  m.a16 = in[1].a;  m.b16 = in[1].b;
        m.iv32 = in[2].valid;  m.a32 = in[2].a;  m.b32 = in[2].b;
        m.iv64 = in[3].valid;  m.a64 = in[3].a;  m.b64 = in[3].b;
        m.siv8 = in[4].valid;  m.sa8 = in[4].a;  m.sb8 = in[4].b;
        m.siv16 = in[5].valid; m.sa16 = in[5].a; m.sb16 = in[5].b;
        m.siv32 = in[6].valid; m.sa32 = in[6].a; m.sb32 = in[6].b;
        m.siv64 = in[7].valid; m.sa64 = in[7].a; m.sb64 = in[7].b;
        m.clk = 1; m.eval();
        if (ce)
            for (int k = 0; k < 8; k++) { lanes[k]->pipe.push_front(in[k]); lanes[k]->pipe.pop_back(); }
        check(L8, m.ov8, m.q8, m.r8, m.dz8);
        check(L16, m.ov16, m.q16, m.r16, m.dz16);
        check(L32, m.ov32, m.q32, m.r32, m.dz32);
        check(L64, m.ov64, m.q64, m.r64, m.dz64);
        check(S8, m.sov8, m.sq8, m.sr8, m.sdz8);
        check(S16, m.sov16, m.sq16, m.sr16, m.sdz16);
        check(S32, m.sov32, m.sq32, m.sr32, m.sdz32);
        check(S64, m.sov64, m.sq64, m.sr64, m.sdz64);
        m.clk = 0; m.eval();
        if (++cycles > 40000000) tb_fail("did not drain");
    }
    m.final();
    long n = 0;
    for (Lane *L : lanes) n += L->checked;
    return tb_pass(n);
}
