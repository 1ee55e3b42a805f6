/* Magnitude arithmetic for BigInteger and BigDecimal.  A magnitude is an
 * int[] of unsigned 32-bit words, least significant first, with no zero
 * word at the top (zero is the empty array).  No method changes an
 * argument; every result is a fresh, trimmed magnitude (or an argument
 * returned as is). */
public final class LimeMag {
    private LimeMag() {}

    static final long M = 0xFFFFFFFFL;
    static final int[] ZERO = new int[0];
    /* above this many words (both operands) multiply is Karatsuba's */
    private static final int KARATSUBA = 40;

    static int[] trim(int[] a) {
        int n = a.length;
        while (n > 0 && a[n - 1] == 0) n--;
        if (n == a.length) return a;
        int[] r = new int[n];
        System.arraycopy(a, 0, r, 0, n);
        return r;
    }

    /* the magnitude of v read as an unsigned 64-bit number (a fresh array:
     * static initialisers call this, maybe before ZERO is set) */
    static int[] ofLong(long v) {
        if (v == 0) return new int[0];
        if ((v >>> 32) == 0) return new int[] {(int) v};
        return new int[] {(int) v, (int) (v >>> 32)};
    }

    static int compare(int[] a, int[] b) {
        if (a.length != b.length) return a.length < b.length ? -1 : 1;
        for (int i = a.length - 1; i >= 0; i--)
            if (a[i] != b[i]) return (a[i] & M) < (b[i] & M) ? -1 : 1;
        return 0;
    }

    static int[] add(int[] a, int[] b) {
        if (a.length < b.length) { int[] t = a; a = b; b = t; }
        int[] r = new int[a.length + 1];
        long c = 0;
        for (int i = 0; i < a.length; i++) {
            c += (a[i] & M) + (i < b.length ? b[i] & M : 0);
            r[i] = (int) c;
            c >>>= 32;
        }
        r[a.length] = (int) c;
        return trim(r);
    }

    /* a - b where a >= b */
    static int[] sub(int[] a, int[] b) {
        int[] r = new int[a.length];
        long t = 0;
        for (int i = 0; i < a.length; i++) {
            t += (a[i] & M) - (i < b.length ? b[i] & M : 0);
            r[i] = (int) t;
            t >>= 32;
        }
        return trim(r);
    }

    /* a * w + c for unsigned words w and c */
    static int[] mulAdd(int[] a, int w, int c) {
        int[] r = new int[a.length + 1];
        long carry = c & M, wl = w & M;
        for (int i = 0; i < a.length; i++) {
            carry += (a[i] & M) * wl;
            r[i] = (int) carry;
            carry >>>= 32;
        }
        r[a.length] = (int) carry;
        return trim(r);
    }

    static int[] mul(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) return ZERO;
        if (a.length < KARATSUBA || b.length < KARATSUBA) return mulSchool(a, b);
        /* a = a1 B^h + a0, b = b1 B^h + b0 (B = 2^32):
         * a b = z2 B^2h + ((a0 + a1)(b0 + b1) - z2 - z0) B^h + z0 */
        int h = Math.max(a.length, b.length) / 2;
        int[] a0 = slice(a, 0, h), a1 = slice(a, h, a.length);
        int[] b0 = slice(b, 0, h), b1 = slice(b, h, b.length);
        int[] z0 = mul(a0, b0), z2 = mul(a1, b1);
        int[] z1 = sub(sub(mul(add(a0, a1), add(b0, b1)), z0), z2);
        int[] r = new int[a.length + b.length + 1];
        addInto(r, z0, 0);
        addInto(r, z1, h);
        addInto(r, z2, 2 * h);
        return trim(r);
    }

    private static int[] mulSchool(int[] a, int[] b) {
        int[] r = new int[a.length + b.length];
        for (int i = 0; i < a.length; i++) {
            long ai = a[i] & M, carry = 0;
            if (ai == 0) continue;
            for (int j = 0; j < b.length; j++) {
                carry += ai * (b[j] & M) + (r[i + j] & M);
                r[i + j] = (int) carry;
                carry >>>= 32;
            }
            r[i + b.length] = (int) carry;
        }
        return trim(r);
    }

    /* words from..to-1 of a (those that exist), trimmed */
    private static int[] slice(int[] a, int from, int to) {
        to = Math.min(to, a.length);
        if (from >= to) return ZERO;
        int[] r = new int[to - from];
        System.arraycopy(a, from, r, 0, to - from);
        return trim(r);
    }

    /* r += x * B^off, where r is long enough for the sum */
    private static void addInto(int[] r, int[] x, int off) {
        long c = 0;
        int i = 0;
        for (; i < x.length; i++) {
            c += (r[off + i] & M) + (x[i] & M);
            r[off + i] = (int) c;
            c >>>= 32;
        }
        for (; c != 0; i++) {
            c += r[off + i] & M;
            r[off + i] = (int) c;
            c >>>= 32;
        }
    }

    /* n / d for an unsigned 64-bit n and 0 < d < 2^32 */
    static long divu(long n, long d) {
        if (n >= 0) return n / d;
        long q = ((n >>> 1) / d) << 1;
        if (n - q * d >= d) q++;
        return q;
    }

    /* q = a / d (q as long as a, untrimmed); returns the remainder */
    static long divWord(int[] a, int d, int[] q) {
        long dl = d & M, r = 0;
        for (int i = a.length - 1; i >= 0; i--) {
            long num = (r << 32) | (a[i] & M);
            long qi = divu(num, dl);
            q[i] = (int) qi;
            r = num - qi * dl;
        }
        return r;
    }

    /* {a / b, a % b} for b nonzero (Knuth's algorithm D) */
    static int[][] divmod(int[] a, int[] b) {
        if (compare(a, b) < 0) return new int[][] {ZERO, a};
        if (b.length == 1) {
            int[] q = new int[a.length];
            long r = divWord(a, b[0], q);
            return new int[][] {trim(q), ofLong(r)};
        }
        int s = Integer.numberOfLeadingZeros(b[b.length - 1]);
        int n = b.length, m = a.length - n;
        int[] v = shiftWords(b, s, n), u = shiftWords(a, s, a.length + 1);
        int[] q = new int[m + 1];
        long vn1 = v[n - 1] & M, vn2 = v[n - 2] & M;
        for (int j = m; j >= 0; j--) {
            long num = ((u[j + n] & M) << 32) | (u[j + n - 1] & M);
            long qhat = divu(num, vn1), rhat = num - qhat * vn1;
            while (qhat > M || qhat * vn2 + Long.MIN_VALUE > ((rhat << 32) | (u[j + n - 2] & M)) + Long.MIN_VALUE) {
                qhat--;
                rhat += vn1;
                if (rhat > M) break;
            }
            long borrow = 0, carry = 0;
            for (int i = 0; i < n; i++) {
                long p = qhat * (v[i] & M) + carry;
                carry = p >>> 32;
                long t = (u[i + j] & M) - (p & M) - borrow;
                u[i + j] = (int) t;
                borrow = t < 0 ? 1 : 0;
            }
            long t = (u[j + n] & M) - carry - borrow;
            u[j + n] = (int) t;
            if (t < 0) {
                qhat--;
                long c = 0;
                for (int i = 0; i < n; i++) {
                    c += (u[i + j] & M) + (v[i] & M);
                    u[i + j] = (int) c;
                    c >>>= 32;
                }
                u[j + n] += (int) c;
            }
            q[j] = (int) qhat;
        }
        int[] r = new int[n];
        for (int i = 0; i < n; i++)
            r[i] = s == 0 ? u[i] : (u[i] >>> s) | (u[i + 1] << (32 - s));
        return new int[][] {trim(q), trim(r)};
    }

    /* a << s (0 <= s < 32) in len words (untrimmed) */
    private static int[] shiftWords(int[] a, int s, int len) {
        int[] r = new int[len];
        for (int i = 0; i < a.length; i++) {
            r[i] |= a[i] << s;
            if (s != 0 && i + 1 < len) r[i + 1] = a[i] >>> (32 - s);
        }
        return r;
    }

    static int[] shiftLeft(int[] a, int n) {
        if (a.length == 0) return ZERO;
        int w = n >>> 5, s = n & 31;
        int[] r = new int[a.length + w + 1];
        for (int i = 0; i < a.length; i++) {
            r[i + w] |= a[i] << s;
            if (s != 0) r[i + w + 1] = a[i] >>> (32 - s);
        }
        return trim(r);
    }

    static int[] shiftRight(int[] a, int n) {
        int w = n >>> 5, s = n & 31;
        if (w >= a.length) return ZERO;
        int[] r = new int[a.length - w];
        for (int i = 0; i < r.length; i++) {
            r[i] = a[i + w] >>> s;
            if (s != 0 && i + w + 1 < a.length) r[i] |= a[i + w + 1] << (32 - s);
        }
        return trim(r);
    }

    /* whether any of the low n bits of a is set */
    static boolean lowBitsSet(int[] a, int n) {
        int w = n >>> 5;
        for (int i = 0; i < w && i < a.length; i++) if (a[i] != 0) return true;
        return w < a.length && (n & 31) != 0 && (a[w] << (32 - (n & 31))) != 0;
    }

    static int bitLength(int[] a) {
        return a.length == 0 ? 0 : 32 * a.length - Integer.numberOfLeadingZeros(a[a.length - 1]);
    }

    static boolean testBit(int[] a, int n) {
        return (n >>> 5) < a.length && (a[n >>> 5] & (1 << (n & 31))) != 0;
    }

    static int lowestSetBit(int[] a) {
        for (int i = 0; i < a.length; i++)
            if (a[i] != 0) return 32 * i + Integer.numberOfTrailingZeros(a[i]);
        return -1;
    }

    /* the digits of a in radix 2..36, without sign */
    static String toString(int[] a, int radix) {
        StringBuilder sb = new StringBuilder();
        digits(sb, a, radix, 0, new java.util.HashMap<Integer, int[]>());
        return sb.toString();
    }

    /* appends a's digits, padded with zeros to pad digits; a large a is
     * split by a power of the radix (divide and conquer), powers cached */
    private static void digits(StringBuilder sb, int[] a, int radix, int pad, java.util.HashMap<Integer, int[]> powers) {
        if (a.length > 30) {
            int half = (int) (bitLength(a) * Math.log(2) / Math.log(radix)) / 2;
            int[] p = powers.get(half);
            if (p == null) {
                p = ofLong(1);
                int[] b = ofLong(radix);
                for (int e = half; e != 0; e >>>= 1) {
                    if ((e & 1) != 0) p = mul(p, b);
                    if (e > 1) b = mul(b, b);
                }
                powers.put(half, p);
            }
            int[][] qr = divmod(a, p);
            digits(sb, qr[0], radix, pad > half ? pad - half : 0, powers);
            digits(sb, qr[1], radix, half, powers);
            return;
        }
        String s = a.length == 0 ? "" : simpleString(a, radix);
        if (pad == 0 && s.isEmpty()) s = "0";
        for (int i = s.length(); i < pad; i++) sb.append('0');
        sb.append(s);
    }

    private static String simpleString(int[] a, int radix) {
        int per = 1, div = radix;
        while ((long) div * radix <= Integer.MAX_VALUE) { div *= radix; per++; }
        int[] q = a.clone();
        int len = q.length;
        StringBuilder sb = new StringBuilder();
        char[] chunk = new char[per];
        while (len > 0) {
            long r = 0;
            for (int i = len - 1; i >= 0; i--) {
                long num = (r << 32) | (q[i] & M);
                q[i] = (int) (num / div);
                r = num % div;
            }
            while (len > 0 && q[len - 1] == 0) len--;
            int k = per;
            while (k > 0 && (len > 0 || r != 0)) {
                chunk[--k] = Character.forDigit((int) (r % radix), radix);
                r /= radix;
            }
            for (int i = per - 1; i >= k; i--) sb.append(chunk[i]);
            if (len > 0) for (int i = k; i > 0; i--) sb.append('0');
        }
        return sb.reverse().toString();
    }
}
