// Test bench for stream_reduce_tree (wrapper stream_reduce_tree_tb.v: six
// lanes on one input stream, fp32_add at LEVELS 3 and 8, a non-associative,
// non-commutative integer combiner at LAT/LEVELS 0/2, 1/3, 3/8 and 3/1).
// 1,500 streams back to back, of lengths 0 to 700 (0, 1, 2, 3, powers of two
// and their neighbours, random), with random ce stalls and in_valid bubbles;
// the last item of each stream carries in_last.  Each lane must put out, in
// order, one result per aligned group of 2^LEVELS items, equal to the
// canonical tree of LANGUAGE.md 2.5 over that group, written here from its
// definition (level by level, pairs (2i, 2i+1), an unpaired last element
// passed up), with out_last on the stream's last group, and nothing else.
// The bench also checks that reducing the group results again gives the
// canonical tree of the whole stream (what runtime/fpga.c relies on).
// Float results compare bit for bit, NaN by NaN-ness (fp32_add's NaN rule).
#include <deque>
#include <functional>
#include "Vtb.h"
#include "float/tb_float.h"

typedef std::function<uint32_t(uint32_t, uint32_t)> Comb;

static uint32_t canon(std::vector<uint32_t> v, const Comb &f) {
    while (v.size() > 1) {
        std::vector<uint32_t> up;
        for (size_t i = 0; i + 1 < v.size(); i += 2) up.push_back(f(v[i], v[i + 1]));
        if (v.size() % 2) up.push_back(v.back());
        v = up;
    }
    return v[0];
}

static uint32_t ref_fadd(uint32_t a, uint32_t b) { return bf(fb(a) + fb(b)); }
static uint32_t ref_nonassoc(uint32_t a, uint32_t b) { return (a * 3u) ^ (b + 0x9E3779B9u); }

static uint32_t rnd_item() {
    switch (rnd() % 8) {
    case 0: return f32_edges[rnd() % (uint64_t)n_f32_edges];
    case 1: return (uint32_t)rnd();
    case 2: return mkf((uint32_t)rnd(), 0x7F + (uint32_t)(rnd() % 40) - 20, (uint32_t)rnd());
    default: return mkf((uint32_t)rnd() & (rnd() % 3 == 0), 0x7F + (uint32_t)(rnd() % 6), (uint32_t)rnd());
    }
}

int main() {
    tb_name = "stream_reduce_tree";
    tb_seed();
    tb_float_init();
    const int lanes = 6, levels[lanes] = {3, 8, 2, 3, 8, 1}, lat[lanes] = {4, 4, 0, 1, 3, 3};
    const bool fp[lanes] = {true, true, false, false, false, false};
    struct Want { uint32_t data; bool last; };
    std::deque<Want> want[lanes];
    Vtb m;
    m.clk = 0; m.rst = 1; m.ce = 1; m.in_valid = 0; m.in_last = 0;
    for (int i = 0; i < 4; i++) { m.clk = 1; m.eval(); m.clk = 0; m.eval(); }
    m.rst = 0;
    long checked = 0, cycles = 0;
    const int fixed_len[] = {0, 1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 255, 256, 257, 511, 512, 513, 1000};
    const int nfixed = (int)(sizeof fixed_len / sizeof fixed_len[0]);
    // one clock: inputs driven, outputs checked against the wanted queues
    auto clock = [&](bool ce, bool valid, bool last, uint32_t data) {
        m.ce = ce; m.in_valid = valid; m.in_last = last; m.in_data = data;
        m.eval();
        const uint32_t od[lanes] = {m.out_data0, m.out_data1, m.out_data2, m.out_data3, m.out_data4, m.out_data5};
        for (int k = 0; k < lanes && ce; k++) {
            if (!((m.out_valid >> k) & 1)) continue;
            if (want[k].empty()) tb_fail("lane %d (LEVELS %d, LAT %d) cycle %ld: an extra result 0x%08x", k, levels[k], lat[k], cycles, od[k]);
            Want w = want[k].front();
            want[k].pop_front();
            bool ok = fp[k] ? fmatch(od[k], w.data) : od[k] == w.data;
            if (!ok) tb_fail("lane %d (LEVELS %d, LAT %d) cycle %ld: result 0x%08x, expected 0x%08x", k, levels[k], lat[k], cycles, od[k], w.data);
            if (((m.out_last >> k) & 1) != w.last) tb_fail("lane %d cycle %ld: out_last %d, expected %d", k, cycles, !w.last, w.last);
            checked++;
        }
        m.clk = 1; m.eval(); m.clk = 0; m.eval();
        cycles++;
    };
    for (int s = 0; s < 1500; s++) {
        int n = s < nfixed ? fixed_len[s] : rnd() % 4 == 0 ? (int)(rnd() % 9) : (int)(rnd() % 700);
        std::vector<uint32_t> items((size_t)n);
        for (auto &x : items) x = rnd_item();
        for (int k = 0; k < lanes; k++) {
            Comb f = fp[k] ? Comb(ref_fadd) : Comb(ref_nonassoc);
            size_t g = (size_t)1 << levels[k];
            std::vector<uint32_t> groups;
            for (size_t i = 0; i < (size_t)n; i += g) {
                std::vector<uint32_t> grp(items.begin() + (long)i, items.begin() + (long)std::min(i + g, (size_t)n));
                groups.push_back(canon(grp, f));
                want[k].push_back({groups.back(), i + g >= (size_t)n});
            }
            if (n > 0) {
                uint32_t whole = canon(items, f), again = canon(groups, f);
                if (fp[k] ? !fmatch(again, whole) : again != whole)
                    tb_fail("reference: the group results of lane %d reduce to 0x%08x, the whole stream to 0x%08x", k, again, whole);
            }
        }
        bool stalls = s % 3 != 0;   // a third of the streams back to back
        for (int i = 0; i < n;) {
            bool ce = !stalls || rnd() % 5 != 0, valid = !stalls || rnd() % 6 != 0;
            clock(ce, valid, i == n - 1, valid ? items[(size_t)i] : (uint32_t)rnd());
            if (ce && valid) i++;
        }
        if (rnd() % 4 == 0)   // sometimes the next stream follows at once, else the results drain first
            continue;
        for (int c = 0; c < 8 * 5 + 4; c++) clock(!stalls || rnd() % 5 != 0, false, false, (uint32_t)rnd());
    }
    for (int c = 0; c < 100; c++) clock(true, false, false, 0);
    for (int k = 0; k < lanes; k++)
        if (!want[k].empty()) tb_fail("lane %d: %zu results never came out", k, want[k].size());
    m.final();
    return tb_pass(checked);
}
