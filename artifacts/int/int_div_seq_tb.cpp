// Test bench for int_div_seq (wrapper int_div_seq_tb.v): widths 8 (all
// 65,536 pairs), 16, 32, 64 (edge cases squared + 20,000 random pairs each),
// each width with its own clock enable, driven at random even while busy
// (no division may start then), with random bubbles (in_valid = 0) and a
// reset every 50,000 clocks that ends the divisions in progress.  A model
// predicts busy every clock: high for K clocks after a start, K = the
// significant bits of |a| (1 for a == 0).  Once busy falls, q, r and dz are
// checked against Java's / and % (truncating, MIN / -1 = MIN, MIN % -1 = 0,
// remainder has the dividend's sign) and dz against b == 0, every clock
// until the next start (they must hold).  The same pairs again through
// STABLE_B = 1 instances, whose b on the port changes only at a start.
#include "Vtb.h"
#include "tb_common.h"

template <class T> struct Ports {
    CData *ce, *iv, *busy, *dz;
    T *a, *b, *q, *r;
};

struct Lane {
    int w;
    bool stable;
    std::vector<std::pair<uint64_t, uint64_t>> vec;
    size_t next = 0;
    uint64_t a = 0, b = 0;     // the operands on the port this clock
    bool offered = false;      // ce && in_valid this clock
    bool busy = false, have = false;
    int left = 0;              // clocks of busy still to come
    uint64_t da = 0, db = 0;   // the division in progress or held
    long checked = 0;
    Lane(int w_, bool stable_) : w(w_), stable(stable_) {
        for_pairs(w, 20000, [&](uint64_t x, uint64_t y) { vec.push_back({x, y}); });
    }
    bool done() const { return next >= vec.size() && !busy; }
    // drive this clock's ce, in_valid, a and b
    void drive(bool &ce, bool &iv) {
        ce = rnd() % 4 != 0;
        iv = next < vec.size() && rnd() % 6 != 0;
        if (!busy && ce && iv) {
            a = vec[next].first;
            b = vec[next].second;
        } else {
            a = rnd_val(w);
            if (!stable) b = rnd_val(w);   // a stable lane holds its b
        }
        offered = ce && iv;
    }
    // after the clock edge (rst: it was a reset clock)
    void edge(bool rst) {
        if (rst) { busy = false; have = false; return; }
        if (busy) {
            if (--left == 0) busy = false;
        } else if (offered) {
            da = a, db = b;
            next++;
            int k = 1;
            uint64_t m = (uint64_t)(sext(a, w) < 0 ? -sext(a, w) : sext(a, w)) & mask(w);
            if (w == 64 && a == smin(64)) m = smin(64);
            while (k < w && (m >> k)) k++;
            left = k;
            busy = true;
            have = true;
        }
    }
};

template <class T> static void set(Lane &L, Ports<T> &p) {
    bool ce, iv;
    L.drive(ce, iv);
    *p.ce = ce; *p.iv = iv; *p.a = (T)L.a; *p.b = (T)L.b;
}

template <class T> static void check(Lane &L, Ports<T> &p) {
    if ((bool)*p.busy != L.busy) tb_fail("w=%d%s a=0x%llx: busy=%d, expected %d", L.w, L.stable ? " stable" : "",
                                         (unsigned long long)L.da, *p.busy, L.busy);
    if (L.busy || !L.have) return;
    bool wdz = (L.db & mask(L.w)) == 0;
    if ((bool)*p.dz != wdz) tb_fail("w=%d a=0x%llx b=0x%llx: dz=%d", L.w, (unsigned long long)L.da,
                                   (unsigned long long)L.db, *p.dz);
    if (!wdz) {
        uint64_t wq, wr;
        java_divrem(L.da, L.db, L.w, wq, wr);
        if ((uint64_t)*p.q != wq || (uint64_t)*p.r != wr)
            tb_fail("w=%d%s a=0x%llx b=0x%llx: got q=0x%llx r=0x%llx want q=0x%llx r=0x%llx", L.w,
                    L.stable ? " stable" : "", (unsigned long long)L.da, (unsigned long long)L.db,
                    (unsigned long long)*p.q, (unsigned long long)*p.r, (unsigned long long)wq,
                    (unsigned long long)wr);
    }
    L.checked++;
}

int main() {
    tb_name = "int_div_seq";
    tb_seed();
    Vtb m;
    Lane L8(8, false), L16(16, false), L32(32, false), L64(64, false);
    Lane S8(8, true), S16(16, true), S32(32, true), S64(64, true);
    Ports<CData> p8{&m.ce8, &m.iv8, &m.busy8, &m.dz8, &m.a8, &m.b8, &m.q8, &m.r8};
    Ports<SData> p16{&m.ce16, &m.iv16, &m.busy16, &m.dz16, &m.a16, &m.b16, &m.q16, &m.r16};
    Ports<IData> p32{&m.ce32, &m.iv32, &m.busy32, &m.dz32, &m.a32, &m.b32, &m.q32, &m.r32};
    Ports<QData> p64{&m.ce64, &m.iv64, &m.busy64, &m.dz64, &m.a64, &m.b64, &m.q64, &m.r64};
    Ports<CData> s8{&m.sce8, &m.siv8, &m.sbusy8, &m.sdz8, &m.sa8, &m.sb8, &m.sq8, &m.sr8};
    Ports<SData> s16{&m.sce16, &m.siv16, &m.sbusy16, &m.sdz16, &m.sa16, &m.sb16, &m.sq16, &m.sr16};
    Ports<IData> s32{&m.sce32, &m.siv32, &m.sbusy32, &m.sdz32, &m.sa32, &m.sb32, &m.sq32, &m.sr32};
    Ports<QData> s64{&m.sce64, &m.siv64, &m.sbusy64, &m.sdz64, &m.sa64, &m.sb64, &m.sq64, &m.sr64};
    Lane *lanes[8] = {&L8, &L16, &L32, &L64, &S8, &S16, &S32, &S64};

    m.clk = 0; m.rst = 1;
    for (int i = 0; i < 3; i++) { m.clk = 1; m.eval(); m.clk = 0; m.eval(); }
    m.rst = 0;
    m.eval();
    if (m.busy8 || m.busy16 || m.busy32 || m.busy64 || m.sbusy8 || m.sbusy16 || m.sbusy32 || m.sbusy64)
        tb_fail("busy set after reset");

    long cycles = 0;
    auto all_done = [&] {
        for (Lane *L : lanes) if (!L->done()) return false;
        return true;
    };
    while (!all_done()) {
        bool rst = cycles % 50000 == 49999;
        m.rst = rst;
        set(L8, p8); set(L16, p16); set(L32, p32); set(L64, p64);
        set(S8, s8); set(S16, s16); set(S32, s32); set(S64, s64);
        m.clk = 1; m.eval();
        for (Lane *L : lanes) L->edge(rst);
        check(L8, p8); check(L16, p16); check(L32, p32); check(L64, p64);
        check(S8, s8); check(S16, s16); check(S32, s32); check(S64, s64);
        m.clk = 0; m.eval();
        if (++cycles > 100000000) tb_fail("did not drain");
    }
    m.final();
    long n = 0;
    for (Lane *L : lanes) n += L->checked;
    return tb_pass(n);
}
