import java.math.BigInteger;
import java.util.Random;

public class BigIntegerArith {
    static BigInteger big(String s) { return new BigInteger(s); }

    static void show(String what, Object v) { System.out.println(what + " = " + v); }

    static void tryIt(String what, java.util.function.Supplier<Object> f) {
        try {
            System.out.println(what + " = " + f.get());
        } catch (ArithmeticException e) {
            System.out.println(what + " throws " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    /* a value of up to maxBits bits, sometimes negative, sometimes with runs of 1 or 0 bits */
    static BigInteger rand(Random r, int maxBits) {
        int bits = r.nextInt(maxBits + 1);
        BigInteger v = new BigInteger(bits, r);
        switch (r.nextInt(6)) {
            case 0: v = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE); break;
            case 1: v = BigInteger.ONE.shiftLeft(bits); break;
            default: break;
        }
        return r.nextBoolean() ? v.negate() : v;
    }

    public static void main(String[] args) {
        BigInteger a = big("123456789012345678901234567890");
        BigInteger b = big("-987654321098765432109876543210987");
        BigInteger m32 = big("4294967295"), p32 = big("4294967296"), m64 = big("18446744073709551615");
        show("a+b", a.add(b));
        show("a-b", a.subtract(b));
        show("b-a", b.subtract(a));
        show("a*b", a.multiply(b));
        show("b/a", b.divide(a));
        show("b%a", b.remainder(a));
        show("b mod a", b.mod(a));
        show("a/b", a.divide(b));
        show("m32+1", m32.add(BigInteger.ONE));
        show("m64+1", m64.add(BigInteger.ONE));
        show("p32-1", p32.subtract(BigInteger.ONE));
        show("m64*m64", m64.multiply(m64));
        show("m64^2/m64", m64.multiply(m64).divide(m64));
        show("-m64 - 1", m64.negate().subtract(BigInteger.ONE));
        show("2^64-2^32", BigInteger.ONE.shiftLeft(64).subtract(p32));
        show("0*a", BigInteger.ZERO.multiply(a));
        show("a-a", a.subtract(a));
        show("(-7)/2", BigInteger.valueOf(-7).divide(BigInteger.TWO));
        show("(-7)%2", BigInteger.valueOf(-7).remainder(BigInteger.TWO));
        show("(-7) mod 2", BigInteger.valueOf(-7).mod(BigInteger.TWO));
        show("7/(-2)", BigInteger.valueOf(7).divide(BigInteger.valueOf(-2)));
        show("7%(-2)", BigInteger.valueOf(7).remainder(BigInteger.valueOf(-2)));
        BigInteger[] qr = b.divideAndRemainder(BigInteger.valueOf(-1000000007));
        show("qr", qr[0] + " " + qr[1]);
        show("Long.MIN", BigInteger.valueOf(Long.MIN_VALUE));
        show("Long.MIN neg", BigInteger.valueOf(Long.MIN_VALUE).negate());
        show("Long.MAX+1", BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE));
        show("consts", BigInteger.ZERO + " " + BigInteger.ONE + " " + BigInteger.TWO + " " + BigInteger.TEN);
        // divisions whose quotient digit estimate needs correction (Knuth D's add back)
        BigInteger x = BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE);
        BigInteger y = BigInteger.ONE.shiftLeft(64).add(BigInteger.ONE);
        show("x/y", x.divide(y) + " r " + x.remainder(y));
        BigInteger u = big("340282366920938463463374607431768211455"), v = big("18446744073709551617");
        show("u/(v-2)", u.divide(v.subtract(BigInteger.TWO)) + " r " + u.remainder(v.subtract(BigInteger.TWO)));
        show("big/big", big("79228162514264337593543950335").divide(big("79228162514264337589248983040")));
        show("0x7fff.../0x8000...", big("170141183460469231731687303715884105727").divideAndRemainder(big("9223372036854775808"))[1]);
        // pow, gcd, modPow, modInverse, sqrt
        show("2^100", BigInteger.TWO.pow(100));
        show("(-3)^33", BigInteger.valueOf(-3).pow(33));
        show("(-1)^7", BigInteger.valueOf(-1).pow(7));
        show("(-1)^8", BigInteger.valueOf(-1).pow(8));
        show("0^0", BigInteger.ZERO.pow(0));
        show("12^0", BigInteger.valueOf(12).pow(0));
        show("(-12)^5", BigInteger.valueOf(-12).pow(5));
        show("10^40", BigInteger.TEN.pow(40));
        show("gcd", a.gcd(b) + " " + BigInteger.valueOf(-12).gcd(BigInteger.valueOf(18)) + " " + BigInteger.ZERO.gcd(BigInteger.ZERO) + " " + BigInteger.ZERO.gcd(BigInteger.valueOf(-5)));
        show("modPow", BigInteger.valueOf(4).modPow(BigInteger.valueOf(13), BigInteger.valueOf(497)));
        show("modPow neg base", BigInteger.valueOf(-4).modPow(BigInteger.valueOf(13), BigInteger.valueOf(497)));
        show("modPow neg exp", BigInteger.valueOf(3).modPow(BigInteger.valueOf(-5), BigInteger.valueOf(7)));
        show("modPow exp 0", BigInteger.valueOf(3).modPow(BigInteger.ZERO, BigInteger.valueOf(7)) + " " + BigInteger.valueOf(3).modPow(BigInteger.ZERO, BigInteger.ONE));
        show("modPow big", a.modPow(b.negate(), big("1000000000000000000000007")));
        show("modInverse", BigInteger.valueOf(3).modInverse(BigInteger.valueOf(11)) + " " + BigInteger.valueOf(-3).modInverse(BigInteger.valueOf(11)) + " " + a.modInverse(big("1000000000000000000000007")));
        show("sqrt", a.sqrt() + " " + BigInteger.ZERO.sqrt() + " " + BigInteger.valueOf(15).sqrt() + " " + BigInteger.valueOf(16).sqrt() + " " + BigInteger.TEN.pow(50).sqrt());
        BigInteger[] sr = BigInteger.valueOf(99).sqrtAndRemainder();
        show("sqrtAndRemainder", sr[0] + " " + sr[1]);
        tryIt("divide by zero", () -> a.divide(BigInteger.ZERO));
        tryIt("remainder by zero", () -> a.remainder(BigInteger.ZERO));
        tryIt("divideAndRemainder by zero", () -> a.divideAndRemainder(BigInteger.ZERO));
        tryIt("mod 0", () -> a.mod(BigInteger.ZERO));
        tryIt("mod -3", () -> a.mod(BigInteger.valueOf(-3)));
        tryIt("pow -1", () -> a.pow(-1));
        tryIt("modPow m=0", () -> a.modPow(BigInteger.ONE, BigInteger.ZERO));
        tryIt("modInverse not invertible", () -> BigInteger.valueOf(6).modInverse(BigInteger.valueOf(9)));
        tryIt("modInverse m=-9", () -> BigInteger.valueOf(6).modInverse(BigInteger.valueOf(-9)));
        tryIt("modPow not invertible", () -> BigInteger.valueOf(6).modPow(BigInteger.valueOf(-2), BigInteger.valueOf(9)));
        tryIt("sqrt -1", () -> BigInteger.valueOf(-1).sqrt());
        // compare, equals, hashCode, min, max, abs, negate, signum
        show("cmp", a.compareTo(b) + " " + b.compareTo(a) + " " + a.compareTo(big("123456789012345678901234567890")) + " " + BigInteger.ZERO.compareTo(b));
        show("cmp negs", big("-5").compareTo(big("-6")) + " " + big("-50000000000000000000").compareTo(big("-6")));
        show("equals", a.equals(big("123456789012345678901234567890")) + " " + a.equals(b) + " " + a.equals("x") + " " + BigInteger.ZERO.equals(BigInteger.valueOf(0)));
        show("hash", a.hashCode() + " " + b.hashCode() + " " + BigInteger.ZERO.hashCode() + " " + BigInteger.valueOf(-1).hashCode() + " " + m64.hashCode() + " " + BigInteger.valueOf(Long.MIN_VALUE).hashCode());
        show("min max", a.min(b) + " " + a.max(b));
        show("abs negate signum", b.abs() + " " + a.negate() + " " + a.signum() + " " + b.signum() + " " + BigInteger.ZERO.signum() + " " + BigInteger.ZERO.negate());
        // 1000!, 2^100000
        BigInteger f = BigInteger.ONE;
        for (int i = 2; i <= 1000; i++) f = f.multiply(BigInteger.valueOf(i));
        String fs = f.toString();
        show("1000! digits", fs.length() + " " + fs.substring(0, 40) + " hash " + f.hashCode() + " bits " + f.bitLength() + " low " + f.getLowestSetBit());
        show("1000!/999!", f.divide(f.divide(BigInteger.valueOf(1000))));
        BigInteger p = BigInteger.TWO.pow(100000);
        String ps = p.toString();
        show("2^100000", ps.length() + " " + ps.substring(0, 30) + "..." + ps.substring(ps.length() - 30));
        BigInteger t = BigInteger.valueOf(3).pow(20000);
        show("3^20000", t.toString().substring(0, 50) + " " + t.hashCode() + " " + t.mod(BigInteger.valueOf(1000000007)));
        show("3^20000 * 7^15000 / 3^20000", t.multiply(BigInteger.valueOf(7).pow(15000)).divide(t).equals(BigInteger.valueOf(7).pow(15000)));
        show("isqrt(3^20000)", t.sqrt().equals(BigInteger.valueOf(3).pow(10000)));

        // random cross-check
        Random r = new Random(20261205);
        long sum = 0;
        for (int i = 0; i < 2000; i++) {
            int maxBits = i % 50 == 0 ? 3000 : i % 5 == 0 ? 400 : 130;
            BigInteger p1 = rand(r, maxBits), p2 = rand(r, maxBits);
            BigInteger s = p1.add(p2), d = p1.subtract(p2), pr = p1.multiply(p2);
            sum = sum * 31 + s.hashCode();
            sum = sum * 31 + d.hashCode();
            sum = sum * 31 + pr.hashCode();
            if (!pr.subtract(p1.multiply(p2.add(BigInteger.ONE))).equals(p1.negate())) System.out.println("distributivity fails " + p1 + " " + p2);
            if (p2.signum() != 0) {
                BigInteger[] dr = p1.divideAndRemainder(p2);
                sum = sum * 31 + dr[0].hashCode();
                sum = sum * 31 + dr[1].hashCode();
                sum = sum * 31 + p1.mod(p2.abs()).hashCode();
                if (!dr[0].multiply(p2).add(dr[1]).equals(p1)) System.out.println("division fails " + p1 + " " + p2);
                sum = sum * 31 + p1.gcd(p2).hashCode();
            }
            sum = sum * 31 + p1.compareTo(p2);
            sum = sum * 31 + p1.toString().hashCode();
            sum = sum * 31 + p1.toString(16).hashCode() + p1.toString(7).hashCode() + p1.toString(36).hashCode();
            if (i % 100 == 0) {
                BigInteger e = BigInteger.valueOf(r.nextInt(40));
                BigInteger mo = p2.abs().add(BigInteger.ONE);
                sum = sum * 31 + p1.modPow(e, mo).hashCode();
                sum = sum * 31 + p1.pow(r.nextInt(12)).hashCode();
                sum = sum * 31 + p1.abs().sqrt().hashCode();
            }
            if (i % 250 == 0) System.out.println(i + ": " + p1 + " " + p2 + " -> " + s + " " + pr + (p2.signum() != 0 ? " " + p1.divide(p2) + " " + p1.remainder(p2) : ""));
        }
        System.out.println("checksum " + sum);
    }
}
