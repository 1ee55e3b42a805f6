/* The digests of MessageDigest: MD5 (RFC 1321), SHA-1, SHA-224 and
 * SHA-256 (FIPS 180-4), each a compression of 64-byte blocks; the message
 * is padded with 0x80, zeros and its length in bits (little-endian for
 * MD5, big-endian for the SHAs, as are the result's words). */
final class LimeDigest extends MessageDigest implements Cloneable {
    static final int MD5 = 0, SHA1 = 1, SHA224 = 2, SHA256 = 3;
    static final int UNKNOWN = -1, NOT_IN_LIME = -2;

    /* the kind of digest a name (any case) asks for, UNKNOWN, or NOT_IN_LIME for the JDK's others */
    static int kindOf(String name) {
        switch (name.toUpperCase()) {
        case "MD5": return MD5;
        case "SHA": case "SHA1": case "SHA-1": return SHA1;
        case "SHA224": case "SHA-224": return SHA224;
        case "SHA256": case "SHA-256": return SHA256;
        case "MD2": case "SHA384": case "SHA-384": case "SHA512": case "SHA-512": case "SHA-512/224":
        case "SHA512/224": case "SHA-512/256": case "SHA512/256": case "SHA3-224": case "SHA3-256":
        case "SHA3-384": case "SHA3-512":
            return NOT_IN_LIME;
        default: return UNKNOWN;
        }
    }

    private final int kind;
    private int[] state;                      /* the chaining words */
    private byte[] buffer = new byte[64];     /* the current block's first buffered bytes */
    private int buffered;
    private long length;                      /* bytes so far */

    LimeDigest(String algorithm, int kind) {
        super(algorithm);
        this.kind = kind;
        engineReset();
    }

    protected int engineGetDigestLength() {
        return kind == MD5 ? 16 : kind == SHA1 ? 20 : kind == SHA224 ? 28 : 32;
    }
    protected void engineReset() {
        state = kind == MD5 ? new int[] {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476}
              : kind == SHA1 ? new int[] {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0}
              : (kind == SHA224 ? SHA224_IV : SHA256_IV).clone();
        buffered = 0;
        length = 0;
    }
    protected void engineUpdate(byte input) {
        buffer[buffered++] = input;
        length++;
        if (buffered == 64) {
            compress(buffer, 0);
            buffered = 0;
        }
    }
    protected void engineUpdate(byte[] b, int offset, int len) {
        if (len == 0) return;
        if (offset < 0 || len < 0 || offset > b.length - len) throw new ArrayIndexOutOfBoundsException();
        length += len;
        while (len > 0) {
            if (buffered == 0 && len >= 64) {
                compress(b, offset);
                offset += 64;
                len -= 64;
                continue;
            }
            int n = Math.min(64 - buffered, len);
            System.arraycopy(b, offset, buffer, buffered, n);
            buffered += n;
            offset += n;
            len -= n;
            if (buffered == 64) {
                compress(buffer, 0);
                buffered = 0;
            }
        }
    }
    protected byte[] engineDigest() {
        long bits = length * 8;
        engineUpdate((byte) 0x80);
        while (buffered != 56) engineUpdate((byte) 0);
        for (int i = 0; i < 8; i++) engineUpdate((byte) (kind == MD5 ? bits >>> (8 * i) : bits >>> (56 - 8 * i)));
        byte[] out = new byte[engineGetDigestLength()];
        for (int i = 0; i < out.length; i++) {
            int word = state[i / 4], shift = kind == MD5 ? 8 * (i % 4) : 24 - 8 * (i % 4);
            out[i] = (byte) (word >>> shift);
        }
        engineReset();
        return out;
    }
    public Object clone() throws CloneNotSupportedException {
        LimeDigest copy = (LimeDigest) super.clone();
        copy.state = state.clone();
        copy.buffer = buffer.clone();
        return copy;
    }

    private void compress(byte[] b, int off) {
        if (kind == MD5) md5(b, off);
        else if (kind == SHA1) sha1(b, off);
        else sha256(b, off);
    }
    /* a block's result: each word added to the chaining word */
    private void addToState(int... words) {
        for (int i = 0; i < words.length; i++) state[i] += words[i];
    }
    private static int littleEndian(byte[] b, int i) {
        return (b[i] & 0xff) | (b[i + 1] & 0xff) << 8 | (b[i + 2] & 0xff) << 16 | (b[i + 3] & 0xff) << 24;
    }
    private static int bigEndian(byte[] b, int i) {
        return (b[i] & 0xff) << 24 | (b[i + 1] & 0xff) << 16 | (b[i + 2] & 0xff) << 8 | (b[i + 3] & 0xff);
    }

    private static final int[] MD5_SHIFTS = {7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21};
    /* floor(|sin(i + 1)| * 2^32) */
    private static final int[] MD5_K = {
        0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
        0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
        0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
        0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
        0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
        0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
        0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
        0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391};

    private void md5(byte[] b, int off) {
        int[] x = new int[16];
        for (int i = 0; i < 16; i++) x[i] = littleEndian(b, off + 4 * i);
        int a = state[0], bb = state[1], c = state[2], d = state[3];
        for (int i = 0; i < 64; i++) {
            int f, g;
            if (i < 16) { f = (bb & c) | (~bb & d); g = i; }
            else if (i < 32) { f = (d & bb) | (~d & c); g = (5 * i + 1) & 15; }
            else if (i < 48) { f = bb ^ c ^ d; g = (3 * i + 5) & 15; }
            else { f = c ^ (bb | ~d); g = (7 * i) & 15; }
            int t = d;
            d = c;
            c = bb;
            bb += Integer.rotateLeft(a + f + MD5_K[i] + x[g], MD5_SHIFTS[(i >> 4) * 4 + (i & 3)]);
            a = t;
        }
        addToState(a, bb, c, d);
    }

    private void sha1(byte[] b, int off) {
        int[] w = new int[80];
        for (int i = 0; i < 16; i++) w[i] = bigEndian(b, off + 4 * i);
        for (int i = 16; i < 80; i++) w[i] = Integer.rotateLeft(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
        int a = state[0], bb = state[1], c = state[2], d = state[3], e = state[4];
        for (int i = 0; i < 80; i++) {
            int f, k;
            if (i < 20) { f = (bb & c) | (~bb & d); k = 0x5a827999; }
            else if (i < 40) { f = bb ^ c ^ d; k = 0x6ed9eba1; }
            else if (i < 60) { f = (bb & c) | (bb & d) | (c & d); k = 0x8f1bbcdc; }
            else { f = bb ^ c ^ d; k = 0xca62c1d6; }
            int t = Integer.rotateLeft(a, 5) + f + e + k + w[i];
            e = d;
            d = c;
            c = Integer.rotateLeft(bb, 30);
            bb = a;
            a = t;
        }
        addToState(a, bb, c, d, e);
    }

    private static final int[] SHA224_IV = {
        0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4};
    /* the fractional parts of the square roots of the first 8 primes */
    private static final int[] SHA256_IV = {
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    /* the fractional parts of the cube roots of the first 64 primes */
    private static final int[] SHA256_K = {
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

    private void sha256(byte[] b, int off) {
        int[] w = new int[64];
        for (int i = 0; i < 16; i++) w[i] = bigEndian(b, off + 4 * i);
        for (int i = 16; i < 64; i++) {
            int s0 = Integer.rotateRight(w[i - 15], 7) ^ Integer.rotateRight(w[i - 15], 18) ^ (w[i - 15] >>> 3);
            int s1 = Integer.rotateRight(w[i - 2], 17) ^ Integer.rotateRight(w[i - 2], 19) ^ (w[i - 2] >>> 10);
            w[i] = w[i - 16] + s0 + w[i - 7] + s1;
        }
        int a = state[0], bb = state[1], c = state[2], d = state[3], e = state[4], f = state[5], g = state[6], h = state[7];
        for (int i = 0; i < 64; i++) {
            int t1 = h + (Integer.rotateRight(e, 6) ^ Integer.rotateRight(e, 11) ^ Integer.rotateRight(e, 25))
                     + ((e & f) ^ (~e & g)) + SHA256_K[i] + w[i];
            int t2 = (Integer.rotateRight(a, 2) ^ Integer.rotateRight(a, 13) ^ Integer.rotateRight(a, 22))
                     + ((a & bb) ^ (a & c) ^ (bb & c));
            h = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = bb;
            bb = a;
            a = t1 + t2;
        }
        addToState(a, bb, c, d, e, f, g, h);
    }
}
