import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;

public class FormatBigNumbers {
    static String fmt(String f, Object v) {
        try {
            return String.format(f, v);
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    public static void main(String[] args) {
        String[] ints = {"0", "1", "-1", "255", "-255", "4294967296", "-18446744073709551616", "123456789012345678901234567890", "-98765432109876543210"};
        String[] ifs = {"%d", "%o", "%x", "%X", "%,d", "%+d", "% d", "%(d", "%020d", "%-20d|", "%20x", "%#x", "%#X", "%#o", "%+x", "%(x", "%(o",
            "%020x", "%#020x", "%(020x", "%-+25o|", "%,015d", "%(,25d", "%s", "%10.3s"};
        for (String v : ints) {
            StringBuilder sb = new StringBuilder(v + ":");
            for (String f : ifs) sb.append(" [").append(fmt(f, new BigInteger(v))).append(']');
            System.out.println(sb);
        }
        String[] decs = {"0", "0.000", "0E+3", "1", "-1", "0.5", "-0.5", "2.345", "9.995", "-9.995", "123456.789", "1E+3", "1.5E-7",
            "0.00012345", "1234567", "99999.95", "999999.5", "0.0001", "0.00009999995", "1E+10", "-1234567.891", "5E-5", "0.05", "12345678901234567890.98765432109876543210", "1234567890", "9999999999.5", "1060920805.317", "-123456789.0"};
        String[] dfs = {"%f", "%.2f", "%.0f", "%#.0f", "%e", "%.2e", "%.0e", "%#.0e", "%g", "%.3g", "%.1g", "%.0g", "%,.2f", "%+012.3f", "%(.1f", "%12.4e",
            "%-12.1e|", "%E", "%G", "%.10e", "%.10f", "% ,20.4f", "%(015.2e", "%a", "%s", "%x", "%.9e", "%.8e"};
        for (String v : decs) {
            StringBuilder sb = new StringBuilder(v + ":");
            for (String f : dfs) sb.append(" [").append(fmt(f, new BigDecimal(v))).append(']');
            System.out.println(sb);
        }
        Random r = new Random(8);
        long sum = 0;
        for (int i = 0; i < 1000; i++) {
            BigInteger u = new BigInteger(r.nextInt(150), r);
            if (r.nextBoolean()) u = u.negate();
            BigDecimal d = new BigDecimal(u, r.nextInt(40) - 15);
            int p = r.nextInt(12);
            String a = String.format("%d %x %o", u, u, u), b = String.format("%." + p + "f %." + p + "e %." + p + "g", d, d, d);
            sum = sum * 31 + a.hashCode();
            sum = sum * 31 + b.hashCode();
            if (i % 100 == 0) System.out.println(i + ": " + a + " | " + d + " " + b);
        }
        System.out.println("checksum " + sum);
        System.out.printf("%d %s %.3f%n", BigInteger.TEN.pow(30), new BigDecimal("1.50"), new BigDecimal("2.0005"));
    }
}
