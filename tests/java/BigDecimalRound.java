import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Random;

public class BigDecimalRound {
    static String attempt(java.util.function.Supplier<Object> f) {
        try {
            Object v = f.get();
            return v instanceof BigDecimal ? v + "/" + ((BigDecimal) v).scale() : String.valueOf(v);
        } catch (ArithmeticException e) {
            return "!" + e.getMessage();
        }
    }

    public static void main(String[] args) {
        String[] vs = {"5.5", "2.5", "1.6", "1.1", "1.0", "-1.0", "-1.1", "-1.6", "-2.5", "-5.5", "0.5", "-0.5", "0.05", "9.995", "-9.995",
            "99.95", "0.000", "123.4550", "123.4549999", "1E+3", "-7.5E-3", "999999999999999999999.5"};
        RoundingMode[] modes = RoundingMode.values();
        for (String v : vs) {
            BigDecimal d = new BigDecimal(v);
            StringBuilder sb = new StringBuilder(v + ":");
            for (RoundingMode m : modes) sb.append(' ').append(m).append(' ').append(attempt(() -> d.setScale(0, m)))
                .append(' ').append(attempt(() -> d.setScale(2, m))).append(' ').append(attempt(() -> d.setScale(-1, m)))
                .append(' ').append(attempt(() -> d.round(new MathContext(2, m))));
            System.out.println(sb);
        }
        for (int i = 0; i < 8; i++) System.out.println(RoundingMode.valueOf(i) + " " + attempt(() -> new BigDecimal("2.345").setScale(2, RoundingMode.valueOf(2))));
        System.out.println(attempt(() -> new BigDecimal("1.25").setScale(1)) + " " + attempt(() -> new BigDecimal("1.20").setScale(1)) + " " + attempt(() -> new BigDecimal("1.2").setScale(4)));
        System.out.println(attempt(() -> new BigDecimal("1.25").setScale(1, 4)) + " " + attempt(() -> new BigDecimal("1.25").divide(new BigDecimal("3"), 2)));
        // MathContext
        MathContext[] mcs = {MathContext.UNLIMITED, MathContext.DECIMAL32, MathContext.DECIMAL64, MathContext.DECIMAL128, new MathContext(1), new MathContext(3, RoundingMode.DOWN), new MathContext(0, RoundingMode.CEILING)};
        BigDecimal pi = new BigDecimal("3.14159265358979323846264338327950288419716939937510582097494459");
        BigDecimal big = new BigDecimal("-99999999999999999999999999999999999999.99999");
        for (MathContext mc : mcs)
            System.out.println(mc + " precision " + mc.getPrecision() + " " + mc.getRoundingMode() + " equals " + mc.equals(new MathContext(mc.getPrecision(), mc.getRoundingMode()))
                + " " + mc.equals(MathContext.DECIMAL32) + " | " + attempt(() -> pi.round(mc)) + " " + attempt(() -> big.round(mc)) + " " + attempt(() -> BigDecimal.ONE.divide(new BigDecimal("7"), mc)));
        System.out.println(new MathContext(5).hashCode() == new MathContext(5).hashCode());
        try {
            new MathContext(-1);
        } catch (IllegalArgumentException e) {
            System.out.println("IllegalArgumentException: " + e.getMessage());
        }
        try {
            new MathContext(3, null);
        } catch (NullPointerException e) {
            System.out.println("NullPointerException: " + e.getMessage());
        }
        // stripTrailingZeros and precision
        String[] st = {"0", "0.000", "0E+3", "100", "1.2300", "-1.2300E+5", "1000E-3", "12345", "120E-10", "5E+10"};
        for (String s : st) {
            BigDecimal d = new BigDecimal(s), z = d.stripTrailingZeros();
            System.out.println(s + " strip " + z + " scale " + z.scale() + " precision " + d.precision() + " " + z.precision());
        }
        // the MathContext forms of the constructors and of add, subtract, multiply
        MathContext m3 = new MathContext(3), m5d = new MathContext(5, RoundingMode.DOWN);
        System.out.println(new BigDecimal("123.456", m3) + " " + new BigDecimal(0.1, m5d) + " " + new BigDecimal(new BigInteger("987654321"), m3) + " "
            + new BigDecimal(new BigInteger("987654321"), 4, m5d) + " " + new BigDecimal(123456, m3) + " " + new BigDecimal(-9999999999L, m3) + " " + new BigDecimal("1.5", MathContext.UNLIMITED));
        String[][] ops = {{"123.456", "0.0044"}, {"0", "1.23456"}, {"0.00", "123456"}, {"0E+5", "1.5"}, {"0.000", "0E+2"}, {"1.5", "0.000000"}, {"99.99", "0.01"},
            {"-1E+10", "1"}, {"1.00000", "0"}, {"12345678", "0.0"}, {"0.0", "7"}, {"0", "0.12345678"}};
        for (String[] o : ops) {
            BigDecimal a = new BigDecimal(o[0]), b = new BigDecimal(o[1]);
            StringBuilder sb = new StringBuilder(o[0] + " " + o[1] + ":");
            for (MathContext mc : new MathContext[] {m3, m5d, MathContext.DECIMAL32, MathContext.UNLIMITED, new MathContext(1, RoundingMode.CEILING)})
                sb.append(' ').append(attempt(() -> a.add(b, mc))).append(' ').append(attempt(() -> b.add(a, mc))).append(' ').append(attempt(() -> a.subtract(b, mc)))
                    .append(' ').append(attempt(() -> a.multiply(b, mc))).append(' ').append(attempt(() -> a.negate(mc))).append(' ').append(attempt(() -> b.abs(mc)));
            System.out.println(sb);
        }
        // random rounding cross-check
        Random r = new Random(3);
        long sum = 0;
        for (int i = 0; i < 2000; i++) {
            BigInteger u = new BigInteger(r.nextInt(90), r);
            if (r.nextBoolean()) u = u.negate();
            if (r.nextInt(3) == 0) u = u.multiply(BigInteger.TEN.pow(r.nextInt(4))).add(BigInteger.valueOf(5 * (r.nextInt(3) - 1)));
            BigDecimal d = new BigDecimal(u, r.nextInt(30) - 5);
            RoundingMode m = modes[r.nextInt(modes.length)];
            int ns = r.nextInt(30) - 8, p = r.nextInt(25);
            String a = attempt(() -> d.setScale(ns, m)), b = attempt(() -> d.round(new MathContext(p, m)));
            sum = sum * 31 + a.hashCode();
            sum = sum * 31 + b.hashCode();
            sum = sum * 31 + d.stripTrailingZeros().hashCode() + d.precision();
            BigDecimal e = new BigDecimal(BigInteger.valueOf(r.nextInt(2000) - 1000), r.nextInt(10) - 3);
            MathContext mc = new MathContext(r.nextInt(8), m);
            String c = attempt(() -> d.add(e, mc)) + " " + attempt(() -> d.multiply(e, mc)) + " " + attempt(() -> e.subtract(d, mc));
            sum = sum * 31 + c.hashCode();
            if (i % 400 == 0) System.out.println(i + ": " + d + " " + e + " " + mc + " -> " + c);
            if (i % 200 == 0) System.out.println(i + ": " + d + " " + m + " " + ns + " " + p + " -> " + a + " " + b + " " + d.stripTrailingZeros());
        }
        System.out.println("checksum " + sum);
    }
}
