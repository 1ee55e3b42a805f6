import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;

public class BigDecimalString {
    static void parse(String s) {
        try {
            BigDecimal d = new BigDecimal(s);
            System.out.println("\"" + s + "\" -> " + d + " | " + d.toPlainString() + " | " + d.toEngineeringString()
                + " scale " + d.scale() + " precision " + d.precision() + " unscaled " + d.unscaledValue() + " hash " + d.hashCode());
        } catch (NumberFormatException e) {
            System.out.println("\"" + s + "\" -> NumberFormatException: " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        String[] ss = {"0", "-0", "+0", "0.0", "0.000", "-0.000", "0E+3", "0E-3", "0e-7", "0E-10", "0E+1", "0E+2", "0E-1", "0E-2",
            "1", "-1", "1.", ".5", "-.5", "+.5", "1.0", "1.00", "10", "100", "1e1", "1e2", "1e3", "1e4", "1e5", "1E+6", "1.5e3",
            "123.456", "-123.456", "0.001", "0.000001", "0.0000001", "0.00000012", "-0.00000012", "1E-7", "12E-8", "123E-9",
            "1234.5E-4", "1234.5E-10", "12345678901234567890.12345678901234567890", "-98765432109876543210E-30", "3.14159e+100",
            "2.5E-100", "000123.4500", "1E+10", "1.2345E+10", "12.345E+10", "123.45E+10", "-5E-1", "5E-6", "5E-7", "50E-7", "500E-7",
            "1e0", "1e-0", "1e+0", "1E00000000000000000000000005", "\u0661\u0662\u0663.\u0664", "\uff11\uff12E\uff13",
            "", "-", "+", ".", "e5", "1e", "1e+", "1E-", "1.2.3", "1a", " 1", "1 ", "1_0", "+-1", "--1", "1ee2", "12e1.5", "1e5x",
            "NaN", "Infinity", "0x10", "1e12345678901", "1e2147483648", "1e-2147483649", "1e-2147483648", "0.1e-2147483648"};
        for (String s : ss) parse(s);
        // constructors from numbers
        System.out.println(new BigDecimal(0) + " " + new BigDecimal(-42) + " " + new BigDecimal(Long.MIN_VALUE) + " " + new BigDecimal(new BigInteger("123456789012345678901234567890"))
            + " " + new BigDecimal(new BigInteger("-12345"), 3) + " " + new BigDecimal(new BigInteger("12345"), -3) + " " + new BigDecimal(BigInteger.ZERO, -2)
            + " " + BigDecimal.valueOf(7) + " " + BigDecimal.valueOf(-12345, 2) + " " + BigDecimal.valueOf(12345, -2) + " " + BigDecimal.valueOf(0, 5));
        double[] ds = {0.0, -0.0, 1.0, -2.5, 0.1, 0.5, 0.25, 1e10, 1e22, 1e23, 123.456, 1.0 / 3, Double.MIN_VALUE, Double.MAX_VALUE, 1e-5, 100.0, 3.0e-7, 9007199254740993.0};
        for (double d : ds) {
            BigDecimal exact = new BigDecimal(d), val = BigDecimal.valueOf(d);
            String e = exact.toString();
            System.out.println(d + " exact " + (e.length() > 80 ? e.substring(0, 40) + "..." + e.substring(e.length() - 20) + " (" + e.length() + " chars)" : e)
                + " scale " + exact.scale() + " | valueOf " + val + " scale " + val.scale() + " | back " + exact.doubleValue() + " " + val.doubleValue());
        }
        for (double d : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            try {
                new BigDecimal(d);
            } catch (NumberFormatException e) {
                System.out.println(d + ": " + e.getMessage());
            }
        }
        // values back to numbers
        String[] vs = {"123.999", "-123.999", "1e10", "-9.99e18", "12345678901234567890123", "0.5", "-0.5", "1e-400", "1.7976931348623157e308", "1e309", "-1e309", "3.4028235e38", "1e39", "1.4e-45", "2.5e-324", "0.1"};
        for (String v : vs) {
            BigDecimal d = new BigDecimal(v);
            System.out.println(v + ": int " + d.intValue() + " long " + d.longValue() + " double " + d.doubleValue() + " float " + d.floatValue()
                + " toBigInteger " + d.toBigInteger());
        }
        // random round trips
        Random r = new Random(11);
        long sum = 0;
        for (int i = 0; i < 2000; i++) {
            BigInteger unscaled = new BigInteger(r.nextInt(120), r);
            if (r.nextBoolean()) unscaled = unscaled.negate();
            int scale = r.nextInt(60) - 30;
            BigDecimal d = new BigDecimal(unscaled, scale);
            String s = d.toString(), p = d.toPlainString(), e = d.toEngineeringString();
            if (!new BigDecimal(s).equals(d)) System.out.println("toString round trip fails " + s);
            if (new BigDecimal(p).compareTo(d) != 0) System.out.println("toPlainString round trip fails " + p);
            if (new BigDecimal(e).compareTo(d) != 0) System.out.println("toEngineeringString round trip fails " + e);
            sum = sum * 31 + s.hashCode();
            sum = sum * 31 + p.hashCode();
            sum = sum * 31 + e.hashCode();
            sum = sum * 31 + d.hashCode() + d.precision();
            double x = Double.longBitsToDouble(r.nextLong());
            if (!Double.isNaN(x) && !Double.isInfinite(x)) {
                sum = sum * 31 + new BigDecimal(x).hashCode();
                sum = sum * 31 + BigDecimal.valueOf(x).hashCode();
                if (new BigDecimal(x).doubleValue() != x) System.out.println("double round trip fails " + x);
            }
            if (i % 200 == 0) System.out.println(i + ": " + s + " | " + p + " | " + e + " | " + x + " " + BigDecimal.valueOf(x) + " " + d.doubleValue());
        }
        System.out.println("checksum " + sum);
    }
}
