import java.math.BigInteger;
import java.util.Arrays;
import java.util.Random;

public class BigIntegerParse {
    static void parse(String s, int radix) {
        try {
            BigInteger v = new BigInteger(s, radix);
            System.out.println("\"" + s + "\" radix " + radix + " -> " + v + " (" + v.toString(radix) + ")");
        } catch (NumberFormatException e) {
            System.out.println("\"" + s + "\" radix " + radix + " -> " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    static void bytes(byte[] b) {
        try {
            BigInteger v = new BigInteger(b);
            System.out.println(Arrays.toString(b) + " -> " + v + " back " + Arrays.toString(v.toByteArray()));
        } catch (NumberFormatException e) {
            System.out.println(Arrays.toString(b) + " -> " + e.getMessage());
        }
    }

    static void signMag(int sign, byte[] b) {
        try {
            System.out.println(sign + " " + Arrays.toString(b) + " -> " + new BigInteger(sign, b));
        } catch (NumberFormatException e) {
            System.out.println(sign + " " + Arrays.toString(b) + " -> " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        String[] tens = {"0", "-0", "+0", "000000000000000000000000000", "-000000000000000000001", "+42", "-42", "1", "-1",
            "4294967295", "4294967296", "-4294967296", "18446744073709551616", "123456789", "1234567890", "12345678901234567890",
            "99999999999999999999999999999999999999", "-100000000000000000000000000000000000000000000000000000000000000000000",
            "", "-", "+", "--1", "+-1", "-+1", "1-", "1+1", " 1", "1 ", "12a", "1234567890123a", "12345678901234567890z",
            "0x10", "1_000", "1.5", "1e5", "\u0661\u0662\u0663", "\uff11\uff12", "00000000000000000000x", "9".repeat(100)};
        for (String s : tens) parse(s, 10);
        String[][] radixed = {{"ff", "16"}, {"-FF", "16"}, {"ffffffffffffffffffffffffffffffff", "16"}, {"12g", "16"}, {"-", "16"},
            {"101010101010101010101010101010101010101010101010101010101010101010101", "2"}, {"102", "2"}, {"zz", "36"}, {"-ZZZZZZZZZZZZZZZZZ", "36"},
            {"zz", "37"}, {"1", "1"}, {"", "1"}, {"777777777777777777777777", "8"}, {"8", "8"}, {"helloworld", "36"}, {"123456789abcdefg", "17"}, {"0000000000000000000000000000000000000000000001", "2"}};
        for (String[] p : radixed) parse(p[0], Integer.parseInt(p[1]));
        BigInteger v = new BigInteger("-123456789012345678901234567890");
        for (int radix : new int[] {2, 3, 7, 8, 10, 16, 35, 36, 1, 37, -5, 0})
            System.out.println("toString(" + radix + ") = " + v.toString(radix) + " " + BigInteger.ZERO.toString(radix) + " " + BigInteger.valueOf(35).toString(radix));
        bytes(new byte[0]);
        bytes(new byte[] {0});
        bytes(new byte[] {-1});
        bytes(new byte[] {-128});
        bytes(new byte[] {127});
        bytes(new byte[] {0, -1});
        bytes(new byte[] {-1, -1, -1, -1, -1});
        bytes(new byte[] {-128, 0, 0, 0, 0});
        bytes(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9});
        bytes(new byte[] {-2, 0, 0, 0, 0, 0, 0, 0, 0});
        bytes(new byte[] {0, 0, 0, 0, 0, 5});
        bytes(new byte[] {-1, -1, -1, 0});
        signMag(1, new byte[] {-1, -1});
        signMag(-1, new byte[] {-1, -1, 0, 0, 0, 0, 0, 1});
        signMag(0, new byte[] {0, 0});
        signMag(1, new byte[0]);
        signMag(0, new byte[] {1});
        signMag(2, new byte[] {1});
        signMag(-2, new byte[0]);
        // random bits
        Random r = new Random(42);
        for (int bits : new int[] {0, 1, 7, 8, 9, 31, 32, 33, 64, 65, 100, 1000})
            System.out.println("random " + bits + " bits: " + new BigInteger(bits, r));
        try {
            new BigInteger(-1, r);
        } catch (IllegalArgumentException e) {
            System.out.println("IllegalArgumentException: " + e.getMessage());
        }
        System.out.println("valueOf " + BigInteger.valueOf(Long.MIN_VALUE) + " " + BigInteger.valueOf(Long.MAX_VALUE) + " " + BigInteger.valueOf(-1) + " " + BigInteger.valueOf(0));
        // Number's members and string conversions of a BigInteger
        Number n = new BigInteger("-98765432109876543210");
        System.out.println(n.intValue() + " " + n.longValue() + " " + n.shortValue() + " " + n.byteValue() + " " + n.doubleValue() + " " + n.floatValue());
        System.out.println(String.valueOf(n) + "|" + n + "|" + new StringBuilder().append(n));
        Comparable<BigInteger> c = BigInteger.TEN;
        System.out.println(c.compareTo(BigInteger.ONE));
        // random round trips through every radix
        long sum = 0;
        for (int i = 0; i < 2000; i++) {
            BigInteger x = new BigInteger(r.nextInt(300), r);
            if (r.nextBoolean()) x = x.negate();
            int radix = 2 + r.nextInt(35);
            String s = x.toString(radix);
            BigInteger back = new BigInteger(r.nextBoolean() ? s.toUpperCase() : s, radix);
            if (!back.equals(x)) System.out.println("round trip fails " + x + " radix " + radix);
            sum = sum * 31 + s.hashCode();
            sum = sum * 31 + x.toString().hashCode();
            if (i % 250 == 0) System.out.println(i + ": " + x + " radix " + radix + " " + s);
        }
        System.out.println("checksum " + sum);
    }
}
