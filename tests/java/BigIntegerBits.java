import java.math.BigInteger;
import java.util.Arrays;
import java.util.Random;

public class BigIntegerBits {
    static void tryIt(String what, java.util.function.Supplier<Object> f) {
        try {
            System.out.println(what + " = " + f.get());
        } catch (ArithmeticException e) {
            System.out.println(what + " throws " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        long[] samples = {0, 1, -1, 2, -2, 7, -7, 8, -8, 255, -255, 256, -256, 0x7fffffffL, -0x80000000L, 0x80000000L,
            0xffffffffL, -0xffffffffL, 0x100000000L, -0x100000000L, Long.MAX_VALUE, Long.MIN_VALUE, 1234567890123L, -987654321987L};
        for (long s : samples) {
            BigInteger v = BigInteger.valueOf(s);
            System.out.println(s + ": bitLength " + v.bitLength() + " bitCount " + v.bitCount() + " lowest " + v.getLowestSetBit()
                + " >>3 " + v.shiftRight(3) + " <<5 " + v.shiftLeft(5) + " >>-2 " + v.shiftRight(-2) + " <<-33 " + v.shiftLeft(-33)
                + " >>40 " + v.shiftRight(40) + " >>64 " + v.shiftRight(64) + " not " + v.not()
                + " bytes " + Arrays.toString(v.toByteArray()) + " int " + v.intValue() + " long " + v.longValue()
                + " short " + v.shortValue() + " byte " + v.byteValue() + " double " + v.doubleValue() + " float " + v.floatValue()
                + " t0 " + v.testBit(0) + " t31 " + v.testBit(31) + " t32 " + v.testBit(32) + " t100 " + v.testBit(100)
                + " set3 " + v.setBit(3) + " set40 " + v.setBit(40) + " clr0 " + v.clearBit(0) + " clr40 " + v.clearBit(40)
                + " flip1 " + v.flipBit(1) + " flip64 " + v.flipBit(64));
        }
        BigInteger[] vs = {BigInteger.valueOf(0), BigInteger.valueOf(12), BigInteger.valueOf(-12), new BigInteger("-340282366920938463463374607431768211456"),
            new BigInteger("340282366920938463463374607431768211455"), new BigInteger("-18446744073709551616"), new BigInteger("98765432109876543210987654321")};
        for (BigInteger x : vs)
            for (BigInteger y : vs)
                System.out.println(x + " " + y + ": and " + x.and(y) + " or " + x.or(y) + " xor " + x.xor(y) + " andNot " + x.andNot(y));
        // exact conversions
        BigInteger[] edges = {BigInteger.valueOf(Integer.MAX_VALUE), BigInteger.valueOf(Integer.MIN_VALUE), BigInteger.valueOf(Integer.MAX_VALUE + 1L),
            BigInteger.valueOf(Integer.MIN_VALUE - 1L), BigInteger.valueOf(Long.MAX_VALUE), BigInteger.valueOf(Long.MIN_VALUE),
            BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE), BigInteger.valueOf(Long.MIN_VALUE).subtract(BigInteger.ONE),
            BigInteger.valueOf(32767), BigInteger.valueOf(-32768), BigInteger.valueOf(32768), BigInteger.valueOf(127), BigInteger.valueOf(-128), BigInteger.valueOf(128), BigInteger.valueOf(-129)};
        for (BigInteger e : edges) {
            tryIt(e + " longValueExact", () -> e.longValueExact());
            tryIt(e + " intValueExact", () -> e.intValueExact());
            tryIt(e + " shortValueExact", () -> e.shortValueExact());
            tryIt(e + " byteValueExact", () -> e.byteValueExact());
        }
        tryIt("testBit(-1)", () -> BigInteger.ONE.testBit(-1));
        tryIt("setBit(-1)", () -> BigInteger.ONE.setBit(-1));
        tryIt("clearBit(-1)", () -> BigInteger.ONE.clearBit(-1));
        tryIt("flipBit(-1)", () -> BigInteger.ONE.flipBit(-1));
        tryIt("shiftLeft(MIN)", () -> BigInteger.TEN.shiftLeft(Integer.MIN_VALUE));
        tryIt("-10.shiftLeft(MIN)", () -> BigInteger.TEN.negate().shiftLeft(Integer.MIN_VALUE));
        // doubles and floats: rounding at the 53rd / 24th bit, ties, overflow
        String[] ds = {"9007199254740993", "9007199254740995", "18014398509481989", "18014398509481990", "18014398509481991",
            "36028797018963971", "-9007199254740993", "123456789012345678901234567890", "16777217", "16777219", "33554434", "33554435",
            "9223372036854775807", "9223372036854775808", "18446744073709551615", "18446744073709551616", "18446744073709552640",
            "18446744073709552641", "18446744073709553664"};
        for (String d : ds) {
            BigInteger v = new BigInteger(d);
            System.out.println(d + " -> " + v.doubleValue() + " " + v.floatValue());
        }
        BigInteger maxD = BigInteger.ONE.shiftLeft(1024).subtract(BigInteger.ONE.shiftLeft(1024 - 53));
        System.out.println("maxD " + maxD.doubleValue() + " " + maxD.add(BigInteger.ONE.shiftLeft(1024 - 55)).doubleValue() + " "
            + maxD.add(BigInteger.ONE.shiftLeft(1024 - 54)).doubleValue() + " " + maxD.add(BigInteger.ONE.shiftLeft(1024 - 54)).subtract(BigInteger.ONE).doubleValue()
            + " " + BigInteger.ONE.shiftLeft(1024).negate().doubleValue() + " " + BigInteger.ONE.shiftLeft(127).floatValue() + " " + BigInteger.ONE.shiftLeft(128).floatValue()
            + " " + BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE).floatValue() + " " + BigInteger.ONE.shiftLeft(5000).negate().floatValue());
        // random cross-check
        Random r = new Random(77);
        long sum = 0;
        for (int i = 0; i < 2000; i++) {
            BigInteger x = new BigInteger(r.nextInt(200), r), y = new BigInteger(r.nextInt(200), r);
            if (r.nextBoolean()) x = x.negate();
            if (r.nextBoolean()) y = y.negate();
            int n = r.nextInt(150);
            sum = sum * 31 + x.and(y).hashCode();
            sum = sum * 31 + x.or(y).hashCode();
            sum = sum * 31 + x.xor(y).hashCode();
            sum = sum * 31 + x.andNot(y).hashCode();
            sum = sum * 31 + x.not().hashCode();
            sum = sum * 31 + x.shiftLeft(n).hashCode();
            sum = sum * 31 + x.shiftRight(n).hashCode();
            sum = sum * 31 + x.setBit(n).hashCode() + x.clearBit(n).hashCode() * 3 + x.flipBit(n).hashCode() * 7 + (x.testBit(n) ? 1 : 0);
            sum = sum * 31 + x.bitLength() * 1000 + x.bitCount() + x.getLowestSetBit();
            sum = sum * 31 + Arrays.hashCode(x.toByteArray());
            sum = sum * 31 + new BigInteger(x.toByteArray()).hashCode();
            sum = sum * 31 + Double.hashCode(x.doubleValue()) + Float.hashCode(x.floatValue()) + Long.hashCode(x.longValue());
            if (!new BigInteger(x.toByteArray()).equals(x)) System.out.println("toByteArray round trip fails " + x);
            if (i % 200 == 0) System.out.println(i + ": " + x + " " + y + " " + n + " -> " + x.and(y) + " " + x.or(y) + " " + x.xor(y) + " " + x.shiftRight(n) + " " + x.doubleValue() + " " + x.floatValue());
        }
        System.out.println("checksum " + sum);
    }
}
