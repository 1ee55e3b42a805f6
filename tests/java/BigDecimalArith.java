import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Random;

public class BigDecimalArith {
    static BigDecimal bd(String s) { return new BigDecimal(s); }

    static void tryIt(String what, java.util.function.Supplier<Object> f) {
        try {
            Object v = f.get();
            if (v instanceof BigDecimal) v = v + " (scale " + ((BigDecimal) v).scale() + ")";
            System.out.println(what + " = " + v);
        } catch (ArithmeticException e) {
            System.out.println(what + " throws " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    static BigDecimal rand(Random r) {
        BigInteger u = new BigInteger(r.nextInt(100), r);
        if (r.nextInt(4) == 0) u = u.multiply(BigInteger.TEN.pow(r.nextInt(5)));
        if (r.nextBoolean()) u = u.negate();
        return new BigDecimal(u, r.nextInt(30) - 10);
    }

    public static void main(String[] args) {
        String[][] pairs = {{"1.5", "2.25"}, {"-1.5", "2.25"}, {"0.1", "0.2"}, {"1E+3", "1"}, {"1E+3", "1.0"}, {"0", "0.00"}, {"0E+5", "1E-5"},
            {"123456789012345678901234567890.5", "-0.5"}, {"10", "4"}, {"1", "3"}, {"2", "3"}, {"1", "8"}, {"-7", "2"}, {"100", "0.01"},
            {"1.00", "3"}, {"6", "2"}, {"6.0", "2"}, {"6", "2.0"}, {"0.6", "2.000"}, {"1", "32"}, {"1", "1024"}, {"3", "7"}, {"5E+2", "2E-3"},
            {"19", "100"}, {"-0.001", "3.5"}, {"12345.6789", "0.0001"}, {"1E+10", "3E+5"}, {"0", "7"}, {"0.000", "7.0"}, {"7", "0"}, {"0", "0"},
            {"99.99", "99.99"}, {"1", "0.3"}, {"22", "7"}};
        for (String[] p : pairs) {
            BigDecimal a = bd(p[0]), b = bd(p[1]);
            String w = p[0] + " " + p[1];
            tryIt(w + " add", () -> a.add(b));
            tryIt(w + " subtract", () -> a.subtract(b));
            tryIt(w + " multiply", () -> a.multiply(b));
            tryIt(w + " divide", () -> a.divide(b));
            tryIt(w + " divide(5, HALF_UP)", () -> a.divide(b, 5, RoundingMode.HALF_UP));
            tryIt(w + " divide(0, DOWN)", () -> a.divide(b, 0, RoundingMode.DOWN));
            tryIt(w + " divide(-2, CEILING)", () -> a.divide(b, -2, RoundingMode.CEILING));
            tryIt(w + " divide(FLOOR)", () -> a.divide(b, RoundingMode.FLOOR));
            tryIt(w + " divide(DECIMAL32)", () -> a.divide(b, MathContext.DECIMAL32));
            tryIt(w + " divide(3 UP)", () -> a.divide(b, new MathContext(3, RoundingMode.UP)));
            tryIt(w + " divide(1)", () -> a.divide(b, new MathContext(1)));
            tryIt(w + " divide(UNLIMITED)", () -> a.divide(b, MathContext.UNLIMITED));
            tryIt(w + " divideToIntegralValue", () -> a.divideToIntegralValue(b));
            tryIt(w + " remainder", () -> a.remainder(b));
            tryIt(w + " divideAndRemainder", () -> { BigDecimal[] qr = a.divideAndRemainder(b); return qr[0] + " " + qr[1]; });
            tryIt(w + " compareTo equals", () -> a.compareTo(b) + " " + a.equals(b) + " " + b.compareTo(a) + " " + a.min(b) + " " + a.max(b));
        }
        tryIt("1.1^0", () -> bd("1.1").pow(0));
        tryIt("1.1^5", () -> bd("1.1").pow(5));
        tryIt("-0.5^3", () -> bd("-0.5").pow(3));
        tryIt("1.1^-1", () -> bd("1.1").pow(-1));
        tryIt("2.0 vs 2.00", () -> bd("2.0").equals(bd("2.00")) + " " + bd("2.0").compareTo(bd("2.00")) + " " + bd("2.0").hashCode() + " " + bd("2.00").hashCode());
        tryIt("hashes", () -> bd("123456789012345678901234.5").hashCode() + " " + bd("-1.5").hashCode() + " " + BigDecimal.ZERO.hashCode() + " " + bd("0E+3").hashCode());
        tryIt("negate abs signum", () -> bd("-1.50").negate() + " " + bd("-1.50").abs() + " " + bd("-1.50").signum() + " " + bd("0.00").signum() + " " + bd("0.00").negate() + " " + bd("3").plus());
        tryIt("constants", () -> BigDecimal.ZERO + " " + BigDecimal.ONE + " " + BigDecimal.TEN + " " + BigDecimal.ONE.scale());
        tryIt("movePointLeft", () -> bd("123.45").movePointLeft(2) + " " + bd("123.45").movePointLeft(-2) + " " + bd("123.45").movePointLeft(-5) + " " + bd("1E+5").movePointLeft(2) + " " + bd("1E+5").movePointLeft(7));
        tryIt("movePointRight", () -> bd("123.45").movePointRight(2) + " " + bd("123.45").movePointRight(5) + " " + bd("0.001").movePointRight(1) + " " + bd("-1E-5").movePointRight(-2));
        tryIt("scaleByPowerOfTen", () -> bd("123.45").scaleByPowerOfTen(3) + " " + bd("123.45").scaleByPowerOfTen(-3));
        tryIt("ulp", () -> bd("123.45").ulp() + " " + bd("1E+3").ulp());
        tryIt("intValueExact 1.5", () -> bd("1.5").intValueExact());
        tryIt("intValueExact 1e10", () -> bd("1e10").intValueExact());
        tryIt("intValueExact 2.000", () -> bd("2.000").intValueExact());
        tryIt("longValueExact -9223372036854775808", () -> bd("-9223372036854775808").longValueExact());
        tryIt("longValueExact 9223372036854775808", () -> bd("9223372036854775808").longValueExact());
        tryIt("toBigIntegerExact 1.5", () -> bd("1.5").toBigIntegerExact());
        tryIt("toBigIntegerExact 15E+3", () -> bd("15E+3").toBigIntegerExact());
        tryIt("1/0 scale", () -> BigDecimal.ONE.divide(BigDecimal.ZERO, 2, RoundingMode.UP));
        tryIt("1/0 rm", () -> BigDecimal.ONE.divide(BigDecimal.ZERO, RoundingMode.UP));
        tryIt("big/0 scale", () -> bd("123456789012345678901234567890").divide(BigDecimal.ZERO, 2, RoundingMode.UP));
        tryIt("1/0 mc", () -> BigDecimal.ONE.divide(BigDecimal.ZERO, MathContext.DECIMAL64));
        tryIt("0/0 mc", () -> BigDecimal.ZERO.divide(BigDecimal.ZERO, MathContext.DECIMAL64));
        tryIt("1 rem 0", () -> BigDecimal.ONE.remainder(BigDecimal.ZERO));
        tryIt("0 rem 0", () -> BigDecimal.ZERO.remainder(BigDecimal.ZERO));

        // random cross-check
        Random r = new Random(99);
        long sum = 0;
        RoundingMode[] modes = RoundingMode.values();
        for (int i = 0; i < 2000; i++) {
            BigDecimal a = rand(r), b = rand(r);
            RoundingMode m = modes[r.nextInt(modes.length - 1)];
            BigDecimal s = a.add(b), d = a.subtract(b), p = a.multiply(b);
            sum = sum * 31 + s.hashCode();
            sum = sum * 31 + d.hashCode();
            sum = sum * 31 + p.hashCode();
            sum = sum * 31 + a.compareTo(b);
            String qs = "";
            if (b.signum() != 0) {
                BigDecimal q1 = a.divide(b, r.nextInt(20) - 5, m);
                BigDecimal q2 = a.divide(b, new MathContext(1 + r.nextInt(30), m));
                BigDecimal q3 = a.divideToIntegralValue(b), q4 = a.remainder(b);
                sum = sum * 31 + q1.hashCode();
                sum = sum * 31 + q2.hashCode();
                sum = sum * 31 + q3.hashCode();
                sum = sum * 31 + q4.hashCode();
                qs = " " + q1 + " " + q2 + " " + q3 + " " + q4;
                try {
                    BigDecimal q = a.divide(b);
                    sum = sum * 31 + q.hashCode();
                    qs += " exact " + q;
                } catch (ArithmeticException e) {
                    sum = sum * 31 + 7;
                }
            }
            if (i % 200 == 0) System.out.println(i + ": " + a + " " + b + " " + m + " -> " + s + " " + d + " " + p + qs);
        }
        System.out.println("checksum " + sum);
    }
}
