/* CRC-32 (IEEE 802.3 / zlib, as java.util.zip.CRC32), expert C: portable
 * slicing-by-8 (eight 256-entry tables, 8 bytes a step read as one
 * little-endian uint64_t), the buffer split into pieces of 64 KiB that
 * the threads take as they come (OpenMP, dynamic), each piece into four
 * quarters run in one loop (four independent chains), each part's CRC
 * computed alone, then the parts' CRCs combined in order: crc(A B) = Z_|B|(crc(A)) ^ crc(B), Z_len the linear map
 * of appending len zero bytes, a 32 x 32 bit matrix raised to len by
 * squaring (as zlib's crc32_combine).  Not the fastest possible on x86: a
 * carry-less multiply folding (PCLMULQDQ) is several times faster, but not
 * portable C; this is the portable path.  usage: expert n reps (n a
 * multiple of 4096, as the other versions) */
#include "../common/bench.h"
#include <omp.h>

#define POLY 0xEDB88320u

static uint32_t T[8][256];   /* T[k][b]: byte b followed by k zero bytes */

static void make_tables(void) {
    for (uint32_t b = 0; b < 256; b++) {
        uint32_t c = b;
        for (int k = 0; k < 8; k++) c = (c >> 1) ^ (POLY & (0u - (c & 1)));
        T[0][b] = c;
    }
    for (int k = 1; k < 8; k++)
        for (int b = 0; b < 256; b++) T[k][b] = (T[k - 1][b] >> 8) ^ T[0][T[k - 1][b] & 255];
}

/* the CRC register c run over len bytes (no initial value or final XOR) */
static uint32_t crc_run(uint32_t c, const uint8_t *p, size_t len) {
    for (; len >= 8; p += 8, len -= 8) {
        uint64_t v;
        memcpy(&v, p, 8);              /* little-endian, as x86 and the Java byte order here */
        v ^= c;
        c = T[7][v & 255] ^ T[6][(v >> 8) & 255] ^ T[5][(v >> 16) & 255] ^ T[4][(v >> 24) & 255] ^
            T[3][(v >> 32) & 255] ^ T[2][(v >> 40) & 255] ^ T[1][(v >> 48) & 255] ^ T[0][v >> 56];
    }
    for (; len; p++, len--) c = (c >> 8) ^ T[0][(c ^ *p) & 255];
    return c;
}

/* GF(2) 32 x 32 matrices as 32 columns */
static uint32_t mat_vec(const uint32_t *m, uint32_t v) {
    uint32_t r = 0;
    for (int k = 0; v; k++, v >>= 1) r ^= m[k] & (0u - (v & 1));
    return r;
}
static void mat_square(uint32_t *sq, const uint32_t *m) {
    for (int k = 0; k < 32; k++) sq[k] = mat_vec(m, m[k]);
}

/* Z_len(c): c followed by len zero bytes */
static uint32_t zeros(uint32_t c, size_t len) {
    uint32_t m[32], sq[32];
    m[0] = POLY;                       /* one zero bit */
    for (int k = 1; k < 32; k++) m[k] = 1u << (k - 1);
    mat_square(sq, m);                 /* two bits */
    mat_square(m, sq);                 /* four bits */
    mat_square(sq, m);                 /* one byte */
    memcpy(m, sq, sizeof m);           /* m = Z_1, then Z_2, Z_4, ... */
    while (len) {
        if (len & 1) c = mat_vec(m, c);
        len >>= 1;
        if (!len) break;
        mat_square(sq, m);
        memcpy(m, sq, sizeof m);
    }
    return c;
}

#define PIECE 65536   /* bytes a piece: the unit of work a thread takes */

static uint32_t zq[32];      /* Z_{PIECE/4}'s columns: a whole piece's quarter, made before timing */

/* The CRC-32 of p[0..len) alone: four quarters at once, each with its own
 * register (four independent chains of table loads for the core to overlap,
 * where one chain waits on each step's loads), then combined in order. */
static uint32_t crc_chunk(const uint8_t *p, size_t len) {
    size_t q = len / 4 / 8 * 8;        /* a quarter: whole 8-byte steps; the rest goes with the last */
    uint32_t c[4] = {~0u, ~0u, ~0u, ~0u};
    for (size_t i = 0; i < q; i += 8)
        for (int k = 0; k < 4; k++) {
            uint64_t v;
            memcpy(&v, p + k * q + i, 8);
            v ^= c[k];
            c[k] = T[7][v & 255] ^ T[6][(v >> 8) & 255] ^ T[5][(v >> 16) & 255] ^ T[4][(v >> 24) & 255] ^
                   T[3][(v >> 32) & 255] ^ T[2][(v >> 40) & 255] ^ T[1][(v >> 48) & 255] ^ T[0][v >> 56];
        }
    c[3] = crc_run(c[3], p + 4 * q, len - 4 * q);
    uint32_t crc = ~c[0];
    for (int k = 1; k < 4; k++) {
        size_t l = k < 3 ? q : len - 3 * q;
        crc = (l == PIECE / 4 ? mat_vec(zq, crc) : zeros(crc, l)) ^ ~c[k];
    }
    return crc;
}

int main(int argc, char **argv) {
    int n = arg_int(argc, argv, 1, 33554432), reps = arg_int(argc, argv, 2, 3);
    uint8_t *data = xalloc((size_t)n);
    for (int i = 0; i < n; i++) data[i] = (uint8_t)(int)(rnd(i) * 256.0f);
    make_tables();
    int np = (n + PIECE - 1) / PIECE;
    uint32_t *part = xalloc(sizeof(uint32_t) * (size_t)(np > 0 ? np : 1));
    uint32_t zp[32];                   /* Z_PIECE's columns, made before timing */
    for (int k = 0; k < 32; k++) zp[k] = zeros(1u << k, PIECE);
    for (int k = 0; k < 32; k++) zq[k] = zeros(1u << k, PIECE / 4);
    uint32_t crc = 0;
    for (int r = 0; r < reps; r++) {
        double t0 = now_ms();
        /* dynamic: a thread that the machine's other work holds up leaves its pieces to the others */
#pragma omp parallel for schedule(dynamic, 4)
        for (int i = 0; i < np; i++) {
            size_t lo = (size_t)i * PIECE, hi = lo + PIECE < (size_t)n ? lo + PIECE : (size_t)n;
            part[i] = crc_chunk(data + lo, hi - lo);
        }
        crc = np ? part[0] : 0;
        for (int i = 1; i < np; i++) {
            size_t l = (size_t)n - (size_t)i * PIECE;
            crc = (l >= PIECE ? mat_vec(zp, crc) : zeros(crc, l)) ^ part[i];
        }
        printf("time_ms %.4f\n", now_ms() - t0);
    }
    printf("result crc %x bytes %d\n", n ? crc : 0u, n);
    return 0;
}
