import java.util.Random;

/* java.math.BigInteger: an immutable integer of any size, as the JDK's
 * (its results, strings, hash codes and exception messages).  The value is
 * signum * mag, where mag is a LimeMag magnitude (unsigned 32-bit words,
 * least significant first, no zero word on top) and signum is 0 exactly
 * when mag is empty.  Bitwise operations read a negative value as its
 * infinite two's complement, as the JDK's do. */
public class BigInteger extends Number implements Comparable<BigInteger> {
    final int signum;
    final int[] mag;

    /* The library's classes are initialised in an order of their own, so a
     * static initialiser must not read another class's static field (here
     * LimeMag.ZERO; BigDecimal's and MathContext's constants likewise): it
     * may not be set yet.  valueOf(0) makes a zero of its own until ZERO is. */
    public static final BigInteger ZERO = new BigInteger(0, new int[0], true);
    public static final BigInteger ONE = valueOf(1);
    public static final BigInteger TWO = valueOf(2);
    public static final BigInteger TEN = valueOf(10);
    private static final BigInteger NEGATIVE_ONE = valueOf(-1);

    /* mag must be a trimmed magnitude; a zero mag makes ZERO's signum */
    BigInteger(int signum, int[] mag, boolean trusted) {
        this.mag = mag;
        this.signum = mag.length == 0 ? 0 : signum;
    }

    static BigInteger of(int signum, int[] mag) {
        return mag.length == 0 ? ZERO : new BigInteger(signum, mag, true);
    }

    public static BigInteger valueOf(long val) {
        if (val == 0 && ZERO != null) return ZERO;
        return new BigInteger(val < 0 ? -1 : 1, LimeMag.ofLong(val < 0 ? -val : val), true);
    }

    public BigInteger(String val) { this(val, 10); }

    /* the JDK's parse: an optional sign, leading zeros skipped, then the
     * digits read in groups (the first one short) by Integer.parseInt, whose
     * message a bad group's is */
    public BigInteger(String val, int radix) {
        int len = val.length();
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX)
            throw new NumberFormatException("Radix out of range");
        if (len == 0) throw new NumberFormatException("Zero length BigInteger");
        int sign = 1, cursor = 0;
        int minus = val.lastIndexOf('-'), plus = val.lastIndexOf('+');
        if (minus >= 0) {
            if (minus != 0 || plus >= 0) throw new NumberFormatException("Illegal embedded sign character");
            sign = -1;
            cursor = 1;
        } else if (plus >= 0) {
            if (plus != 0) throw new NumberFormatException("Illegal embedded sign character");
            cursor = 1;
        }
        if (cursor == len) throw new NumberFormatException("Zero length BigInteger");
        while (cursor < len && Character.digit(val.charAt(cursor), radix) == 0) cursor++;
        if (cursor == len) {
            this.signum = 0;
            this.mag = LimeMag.ZERO;
            return;
        }
        int per = 1, pow = radix;
        while ((long) pow * radix <= Integer.MAX_VALUE) { pow *= radix; per++; }
        int numDigits = len - cursor;
        int groupLen = numDigits % per;
        if (groupLen == 0) groupLen = per;
        int[] m = LimeMag.ZERO;
        boolean first = true;
        while (cursor < len) {
            String group = val.substring(cursor, cursor + groupLen);
            cursor += groupLen;
            int g = Integer.parseInt(group, radix);
            if (g < 0) throw new NumberFormatException("Illegal digit");
            m = LimeMag.mulAdd(m, first ? 1 : pow, g);
            first = false;
            groupLen = per;
        }
        this.mag = m;
        this.signum = m.length == 0 ? 0 : sign;
    }

    /* two's complement, big-endian */
    public BigInteger(byte[] val) {
        if (val.length == 0) throw new NumberFormatException("Zero length BigInteger");
        boolean neg = val[0] < 0;
        int[] w = new int[(val.length + 3) / 4];
        for (int i = 0; i < val.length; i++) {
            int b = neg ? ~val[val.length - 1 - i] & 0xFF : val[val.length - 1 - i] & 0xFF;
            w[i / 4] |= b << (8 * (i % 4));
        }
        int[] m = LimeMag.trim(w);
        if (neg) m = LimeMag.add(m, LimeMag.ofLong(1));  /* -x = ~x + 1 */
        this.mag = m;
        this.signum = m.length == 0 ? 0 : neg ? -1 : 1;
    }

    public BigInteger(int signum, byte[] magnitude) {
        if (signum < -1 || signum > 1) throw new NumberFormatException("Invalid signum value");
        int[] m = fromBytes(magnitude);
        if (signum == 0 && m.length != 0) throw new NumberFormatException("signum-magnitude mismatch");
        this.mag = m;
        this.signum = m.length == 0 ? 0 : signum;
    }

    /* the JDK's: numBits random bits from rnd.nextBytes, big-endian */
    public BigInteger(int numBits, Random rnd) {
        if (numBits < 0) throw new IllegalArgumentException("numBits must be non-negative");
        byte[] b = new byte[(int) (((long) numBits + 7) / 8)];
        if (b.length > 0) {
            rnd.nextBytes(b);
            int excess = 8 * b.length - numBits;
            b[0] &= (byte) ((1 << (8 - excess)) - 1);
        }
        int[] m = fromBytes(b);
        this.mag = m;
        this.signum = m.length == 0 ? 0 : 1;
    }

    /* an unsigned big-endian byte array's magnitude */
    private static int[] fromBytes(byte[] b) {
        int[] w = new int[(b.length + 3) / 4];
        for (int i = 0; i < b.length; i++) w[i / 4] |= (b[b.length - 1 - i] & 0xFF) << (8 * (i % 4));
        return LimeMag.trim(w);
    }

    /* ---- arithmetic ---- */

    public BigInteger add(BigInteger val) {
        if (val.signum == 0) return this;
        if (signum == 0) return val;
        if (signum == val.signum) return of(signum, LimeMag.add(mag, val.mag));
        int c = LimeMag.compare(mag, val.mag);
        if (c == 0) return ZERO;
        return c > 0 ? of(signum, LimeMag.sub(mag, val.mag)) : of(val.signum, LimeMag.sub(val.mag, mag));
    }

    public BigInteger subtract(BigInteger val) { return add(val.negate()); }

    public BigInteger multiply(BigInteger val) {
        if (signum == 0 || val.signum == 0) return ZERO;
        return of(signum * val.signum, LimeMag.mul(mag, val.mag));
    }

    private void checkDivisor(BigInteger val) {
        if (val.signum == 0) throw new ArithmeticException("BigInteger divide by zero");
    }

    /* quotient truncated toward zero; the remainder has this's sign */
    public BigInteger[] divideAndRemainder(BigInteger val) {
        checkDivisor(val);
        int[][] qr = LimeMag.divmod(mag, val.mag);
        return new BigInteger[] {of(signum * val.signum, qr[0]), of(signum, qr[1])};
    }

    public BigInteger divide(BigInteger val) { return divideAndRemainder(val)[0]; }
    public BigInteger remainder(BigInteger val) { return divideAndRemainder(val)[1]; }

    public BigInteger mod(BigInteger m) {
        if (m.signum <= 0) throw new ArithmeticException("BigInteger: modulus not positive");
        BigInteger r = remainder(m);
        return r.signum < 0 ? r.add(m) : r;
    }

    public BigInteger pow(int exponent) {
        if (exponent < 0) throw new ArithmeticException("Negative exponent");
        if (signum == 0) return exponent == 0 ? ONE : this;
        int low = getLowestSetBit();
        if (mag.length == 1 && mag[0] == 1) return signum < 0 && (exponent & 1) != 0 ? this : ONE;
        if (low > 0) /* this = odd * 2^low */
            return shiftRight(low).pow(exponent).shiftLeft((int) Math.min((long) low * exponent, Integer.MAX_VALUE));
        int[] result = {1}, base = mag;
        for (int e = exponent; e != 0; e >>>= 1) {
            if ((e & 1) != 0) result = LimeMag.mul(result, base);
            if (e > 1) base = LimeMag.mul(base, base);
        }
        return of(signum < 0 && (exponent & 1) != 0 ? -1 : 1, result);
    }

    public BigInteger modPow(BigInteger exponent, BigInteger m) {
        if (m.signum <= 0) throw new ArithmeticException("BigInteger: modulus not positive");
        if (exponent.signum < 0) return modInverse(m).modPow(exponent.negate(), m);
        if (m.equals(ONE)) return ZERO;
        BigInteger result = ONE, base = mod(m);
        for (int i = 0, n = exponent.bitLength(); i < n; i++) {
            if (exponent.testBit(i)) result = result.multiply(base).mod(m);
            if (i + 1 < n) base = base.multiply(base).mod(m);
        }
        return result;
    }

    public BigInteger modInverse(BigInteger m) {
        if (m.signum <= 0) throw new ArithmeticException("BigInteger: modulus not positive");
        if (m.equals(ONE)) return ZERO;
        /* extended Euclid: invariant x0 * a == r0 and x1 * a == r1 (mod m) */
        BigInteger r0 = mod(m), r1 = m, x0 = ONE, x1 = ZERO;
        while (r1.signum != 0) {
            BigInteger[] qr = r0.divideAndRemainder(r1);
            BigInteger t = x0.subtract(qr[0].multiply(x1));
            r0 = r1; r1 = qr[1];
            x0 = x1; x1 = t;
        }
        if (!r0.equals(ONE)) throw new ArithmeticException("BigInteger not invertible.");
        return x0.mod(m);
    }

    public BigInteger gcd(BigInteger val) {
        int[] a = mag, b = val.mag;
        while (b.length != 0) {
            int[] r = LimeMag.divmod(a, b)[1];
            a = b;
            b = r;
        }
        return of(1, a);
    }

    public BigInteger abs() { return signum < 0 ? negate() : this; }
    public BigInteger negate() { return of(-signum, mag); }
    public int signum() { return signum; }

    /* the floor of the square root (Newton's iteration from above) */
    public BigInteger sqrt() {
        if (signum < 0) throw new ArithmeticException("Negative BigInteger");
        if (signum == 0) return ZERO;
        BigInteger x = ONE.shiftLeft((bitLength() + 1) / 2);
        while (true) {
            BigInteger y = x.add(divide(x)).shiftRight(1);
            if (y.compareTo(x) >= 0) return x;
            x = y;
        }
    }

    public BigInteger[] sqrtAndRemainder() {
        BigInteger s = sqrt();
        return new BigInteger[] {s, subtract(s.multiply(s))};
    }

    /* ---- comparison ---- */

    public int compareTo(BigInteger val) {
        if (signum != val.signum) return signum < val.signum ? -1 : 1;
        int c = LimeMag.compare(mag, val.mag);
        return signum < 0 ? -c : c;
    }

    public boolean equals(Object x) {
        if (x == this) return true;
        if (!(x instanceof BigInteger)) return false;
        BigInteger b = (BigInteger) x;
        return signum == b.signum && LimeMag.compare(mag, b.mag) == 0;
    }

    /* the JDK's: 31 h + word over the magnitude's words, most significant
     * first, times the signum */
    public int hashCode() {
        int h = 0;
        for (int i = mag.length - 1; i >= 0; i--) h = 31 * h + mag[i];
        return h * signum;
    }

    public BigInteger min(BigInteger val) { return compareTo(val) < 0 ? this : val; }
    public BigInteger max(BigInteger val) { return compareTo(val) > 0 ? this : val; }

    /* ---- strings ---- */

    public String toString(int radix) {
        if (radix < Character.MIN_RADIX || radix > Character.MAX_RADIX) radix = 10;
        String s = LimeMag.toString(mag, radix);
        return signum < 0 ? "-" + s : s;
    }

    public String toString() { return toString(10); }

    /* ---- shifts and bits ---- */

    public BigInteger shiftLeft(int n) {
        if (signum == 0 || n == 0) return this;
        if (n < 0) return shiftRightBy(-n);
        return of(signum, LimeMag.shiftLeft(mag, n));
    }

    public BigInteger shiftRight(int n) {
        if (signum == 0 || n == 0) return this;
        if (n < 0) {
            if (n == Integer.MIN_VALUE) throw new ArithmeticException("Shift distance of Integer.MIN_VALUE not supported.");
            return shiftLeft(-n);
        }
        return shiftRightBy(n);
    }

    /* floor(this / 2^n), n read as unsigned */
    private BigInteger shiftRightBy(int n) {
        int[] m = LimeMag.shiftRight(mag, n);
        if (signum < 0 && LimeMag.lowBitsSet(mag, n)) m = LimeMag.add(m, LimeMag.ofLong(1));
        if (signum < 0 && m.length == 0) return NEGATIVE_ONE;
        return of(signum, m);
    }

    /* the two's complement words of this, least significant first, in len
     * words (len > the magnitude's length, so the top word carries the sign) */
    private int[] twos(int len) {
        int[] w = new int[len];
        System.arraycopy(mag, 0, w, 0, mag.length);
        if (signum < 0) {
            long c = 1;
            for (int i = 0; i < len; i++) {
                c += ~w[i] & LimeMag.M;
                w[i] = (int) c;
                c >>>= 32;
            }
        }
        return w;
    }

    private static BigInteger fromTwos(int[] w) {
        boolean neg = w[w.length - 1] < 0;
        if (!neg) return of(1, LimeMag.trim(w));
        int[] m = new int[w.length];
        long c = 1;
        for (int i = 0; i < w.length; i++) {
            c += ~w[i] & LimeMag.M;
            m[i] = (int) c;
            c >>>= 32;
        }
        return of(-1, LimeMag.trim(m));
    }

    /* op: 0 and, 1 or, 2 xor, 3 andNot */
    private BigInteger bitwise(BigInteger val, int op) {
        int len = Math.max(mag.length, val.mag.length) + 1;
        int[] a = twos(len), b = val.twos(len);
        for (int i = 0; i < len; i++)
            a[i] = op == 0 ? a[i] & b[i] : op == 1 ? a[i] | b[i] : op == 2 ? a[i] ^ b[i] : a[i] & ~b[i];
        return fromTwos(a);
    }

    public BigInteger and(BigInteger val) { return bitwise(val, 0); }
    public BigInteger or(BigInteger val) { return bitwise(val, 1); }
    public BigInteger xor(BigInteger val) { return bitwise(val, 2); }
    public BigInteger andNot(BigInteger val) { return bitwise(val, 3); }
    public BigInteger not() { return negate().subtract(ONE); }

    private static void checkBit(int n) {
        if (n < 0) throw new ArithmeticException("Negative bit address");
    }

    public boolean testBit(int n) {
        checkBit(n);
        if ((n >>> 5) >= mag.length) return signum < 0;
        return (twos(mag.length + 1)[n >>> 5] & (1 << (n & 31))) != 0;
    }

    /* op: 0 set, 1 clear, 2 flip */
    private BigInteger changeBit(int n, int op) {
        checkBit(n);
        int[] w = twos(Math.max(mag.length, (n >>> 5) + 1) + 1);
        int bit = 1 << (n & 31);
        w[n >>> 5] = op == 0 ? w[n >>> 5] | bit : op == 1 ? w[n >>> 5] & ~bit : w[n >>> 5] ^ bit;
        return fromTwos(w);
    }

    public BigInteger setBit(int n) { return changeBit(n, 0); }
    public BigInteger clearBit(int n) { return changeBit(n, 1); }
    public BigInteger flipBit(int n) { return changeBit(n, 2); }

    public int getLowestSetBit() { return LimeMag.lowestSetBit(mag); }

    /* bits of the minimal two's complement without the sign bit: for a
     * negative x, those of |x| - 1 */
    public int bitLength() {
        if (signum >= 0) return LimeMag.bitLength(mag);
        return LimeMag.bitLength(LimeMag.sub(mag, LimeMag.ofLong(1)));
    }

    /* the bits that differ from the sign bit */
    public int bitCount() {
        int[] m = signum >= 0 ? mag : LimeMag.sub(mag, LimeMag.ofLong(1));
        int n = 0;
        for (int w : m) n += Integer.bitCount(w);
        return n;
    }

    /* ---- conversions ---- */

    public int intValue() { return (int) longValue(); }

    public long longValue() {
        long v = 0;
        for (int i = Math.min(mag.length, 2) - 1; i >= 0; i--) v = (v << 32) | (mag[i] & LimeMag.M);
        return signum < 0 ? -v : v;
    }

    public long longValueExact() {
        if (bitLength() > 63) throw new ArithmeticException("BigInteger out of long range");
        return longValue();
    }

    public int intValueExact() {
        if (bitLength() > 31) throw new ArithmeticException("BigInteger out of int range");
        return intValue();
    }

    public short shortValueExact() {
        if (bitLength() > 15) throw new ArithmeticException("BigInteger out of short range");
        return (short) intValue();
    }

    public byte byteValueExact() {
        if (bitLength() > 7) throw new ArithmeticException("BigInteger out of byte range");
        return (byte) intValue();
    }

    public double doubleValue() {
        int bl = LimeMag.bitLength(mag);
        if (bl <= 63) return (double) longValue();
        if (bl > 1024) return signum < 0 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        return signum * Math.scalb((double) roundedTop(55), bl - 55);
    }

    public float floatValue() {
        int bl = LimeMag.bitLength(mag);
        if (bl <= 63) return (float) longValue();
        if (bl > 128) return signum < 0 ? Float.NEGATIVE_INFINITY : Float.POSITIVE_INFINITY;
        return signum * Math.scalb((float) roundedTop(26), bl - 26);
    }

    /* the top k bits of the magnitude, with the lowest of them or'ed with
     * whether any bit below them is set (a sticky bit), so that converting
     * it to a double or float of k - 1 bits rounds as the whole value does */
    private long roundedTop(int k) {
        int shift = LimeMag.bitLength(mag) - k;
        long top = of(1, LimeMag.shiftRight(mag, shift)).longValue();
        return LimeMag.lowBitsSet(mag, shift) ? top | 1 : top;
    }

    /* minimal two's complement, big-endian */
    public byte[] toByteArray() {
        int n = bitLength() / 8 + 1;
        int[] w = twos(n / 4 + 1);
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) b[n - 1 - i] = (byte) (w[i / 4] >>> (8 * (i % 4)));
        return b;
    }

    /* ---- primes ---- */

    private static final int[] BASES = {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71};

    /* Miller-Rabin on |this| with fixed bases: the first 12 primes are
     * exact below 3.3 * 10^24; the rest are extra rounds above */
    public boolean isProbablePrime(int certainty) {
        if (certainty <= 0) return true;
        BigInteger w = abs();
        if (w.equals(TWO)) return true;
        if (!w.testBit(0) || w.equals(ONE)) return false;
        for (int p : BASES) {
            if (w.mag.length == 1 && (w.mag[0] & LimeMag.M) == p) return true;
            if (w.remainder(valueOf(p)).signum == 0) return false;
        }
        BigInteger wm1 = w.subtract(ONE);
        int s = wm1.getLowestSetBit();
        BigInteger d = wm1.shiftRight(s);
        for (int p : BASES) {
            BigInteger x = valueOf(p).modPow(d, w);
            if (x.equals(ONE) || x.equals(wm1)) continue;
            boolean witness = true;
            for (int r = 1; r < s && witness; r++) {
                x = x.multiply(x).mod(w);
                if (x.equals(wm1)) witness = false;
            }
            if (witness) return false;
        }
        return true;
    }

    public BigInteger nextProbablePrime() {
        if (signum < 0) throw new ArithmeticException("start < 0: " + this);
        if (signum == 0 || equals(ONE)) return TWO;
        BigInteger c = add(ONE);
        if (!c.testBit(0)) c = c.add(ONE);
        while (!c.isProbablePrime(100)) c = c.add(TWO);
        return c;
    }
}
