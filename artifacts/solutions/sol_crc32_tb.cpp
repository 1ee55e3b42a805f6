// Test bench for sol_crc32: known CRC-32 check values ("123456789" ->
// 0xCBF43926, "a" -> 0xE8B7BE43, "The quick brown fox jumps over the lazy
// dog" -> 0x414FA339, as java.util.zip.CRC32 gives), then 16,000 random
// messages (random lengths, so partial last words, occasional 0-byte words,
// clear with and without a word) under random valid/ready traffic, each
// output checked against a byte-at-a-time reference of java.util.zip.CRC32.
#include <string>
#include "Vtb.h"
#include "stream/tb_stream.h"

// java.util.zip.CRC32: reflected 0xEDB88320, init and final XOR 0xFFFFFFFF.
struct JavaCrc32 {
    uint32_t reg = 0xFFFFFFFFu;
    void reset() { reg = 0xFFFFFFFFu; }
    void update(uint8_t b) {
        reg ^= b;
        for (int i = 0; i < 8; i++) reg = (reg & 1) ? (reg >> 1) ^ 0xEDB88320u : reg >> 1;
    }
    uint32_t getValue() const { return ~reg; }
};

static Vtb *M;
static long n_words = 0;

static void tick() { M->clk = 1; M->eval(); M->clk = 0; M->eval(); }

// Feed one word and wait for its output (no back-pressure); returns out_crc.
static uint32_t feed(uint32_t w, int nbytes, bool clear) {
    M->in_valid = 1; M->in_data = w; M->in_bytes = (CData)nbytes; M->clear = clear; M->out_ready = 1;
    M->eval();
    if (!M->in_ready) tb_fail("not ready with an idle consumer");
    tick();
    M->in_valid = 0; M->clear = 0;
    M->eval();
    if (!M->out_valid) tb_fail("no output one clock after the input");
    n_words++;
    return M->out_crc;
}

static uint32_t crc_of(const std::string &s) {
    uint32_t out = 0;
    for (size_t i = 0; i < s.size(); i += 4) {
        uint32_t w = 0;
        int nb = (int)std::min<size_t>(4, s.size() - i);
        for (int k = 0; k < nb; k++) w |= (uint32_t)(uint8_t)s[i + k] << (8 * k);
        out = feed(w, nb, i == 0);
    }
    return out;
}

int main() {
    tb_name = "sol_crc32";
    tb_seed();
    Vtb m;
    M = &m;
    m.clk = 0; m.rst = 1; m.clear = 0; m.in_valid = 0; m.out_ready = 0;
    tick(); tick();
    m.rst = 0;
    struct { const char *s; uint32_t want; } known[] = {
        {"123456789", 0xCBF43926u}, {"a", 0xE8B7BE43u},
        {"The quick brown fox jumps over the lazy dog", 0x414FA339u}};
    for (auto &k : known) {
        uint32_t got = crc_of(k.s);
        if (got != k.want) tb_fail("CRC32(\"%s\") = 0x%08x, want 0x%08x", k.s, got, k.want);
    }
    // a 0-byte word leaves the value unchanged; clear alone restarts
    if (feed(0xDEADBEEF, 0, false) != 0x414FA339u) tb_fail("0-byte word changed the CRC");
    m.clear = 1; tick(); m.clear = 0;
    if (feed(0x61, 1, false) != 0xE8B7BE43u) tb_fail("clear alone did not restart the CRC");
    m.out_ready = 1; tick();           // take the last output
    if (m.out_valid) tb_fail("out_valid stuck");

    // random messages under random traffic
    Producer<CData, IData> p(&m.in_valid, &m.in_ready, &m.in_data, 32);
    Consumer<CData, IData> c(&m.out_valid, &m.out_ready, &m.out_crc, "crc");
    JavaCrc32 ref;
    ref.reset();
    // the state after the "a" above
    ref.update('a');
    int bytes = 4, left = 0;       // bytes of the offered word, words left in message
    bool clr = false;
    for (int msg = 0; msg < 2000 * 8; ) {
        int ph = (msg / 4000) % 4;
        bool was_offering = p.offering;
        p.drive(tb_phases[ph][0], 1L << 40);
        if (p.offering && !was_offering) {
            // a new word: choose its length and whether it starts a message
            clr = false;
            if (left == 0) { clr = true; left = 1 + (int)(rnd() % 8); msg++; }
            left--;
            bytes = left == 0 ? (int)(rnd() % 5) : 4;           // partial last word
            if (rnd() % 16 == 0) bytes = 5 + (int)(rnd() % 3);  // counts as 4
        }
        m.in_bytes = (CData)bytes;
        bool stray_clear = !p.offering && rnd() % 64 == 0;      // clear alone
        m.clear = p.offering ? clr : stray_clear;
        c.drive(tb_phases[ph][1]);
        m.eval();
        p.sample(); c.sample();
        tick();
        if (p.commit()) {
            if (clr) ref.reset();
            int nb = bytes > 4 ? 4 : bytes;
            for (int k = 0; k < nb; k++) ref.update((uint8_t)(p.cur >> (8 * k)));
            c.expect.push_back(ref.getValue());
            n_words++;
        } else if (stray_clear) {
            ref.reset();
            left = 0;
        }
        c.commit();
    }
    m.final();
    return tb_pass(n_words);
}
