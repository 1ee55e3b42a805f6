public class DivRem {
    public static void main(String[] args) {
        int[] ns = { 7, -7, 0, 1, -1, 13, -13, Integer.MAX_VALUE, Integer.MIN_VALUE };
        int[] ds = { 2, -2, 3, -3, 1, -1, 7 };
        for (int n : ns) {
            String line = n + ":";
            for (int d : ds) line += " " + (n / d) + "r" + (n % d);
            System.out.println(line);
        }
        long[] ln = { 7L, -7L, Long.MAX_VALUE, Long.MIN_VALUE, 1000000000000L };
        for (long n : ln) System.out.println(n + " / 3 = " + n / 3 + ", % 3 = " + n % 3 + ", / -3 = " + n / -3 + ", % -3 = " + n % -3);
        System.out.println(Long.MIN_VALUE / -1L);
        System.out.println(Long.MIN_VALUE % -1L);
        double[] dn = { 7.5, -7.5, 0.0, -0.0, 1e300 };
        double[] dd = { 2.0, -2.0, 0.0, -0.0, 0.1, Double.POSITIVE_INFINITY };
        for (double n : dn) {
            String line = n + ":";
            for (double d : dd) line += " " + (n / d) + "|" + (n % d);
            System.out.println(line);
        }
        System.out.println(5.0 % 3 + " " + -5.0 % 3 + " " + 5.0 % -3 + " " + 5.5f % 2f);
        System.out.println(Double.POSITIVE_INFINITY % 2 + " " + 3.0 % Double.NEGATIVE_INFINITY);
        System.out.println(1.0 / 0 + " " + -1.0 / 0 + " " + 0.0 / 0 + " " + 1 / -0.0);
        System.out.println(1f / 0 + " " + -1f / 0f + " " + 0f / 0f);
        System.out.println(10 / 3 * 3 + 10 % 3);
        System.out.println(-10 / 3 * 3 + -10 % 3);
        char c = 'z';
        System.out.println(c / 10 + " " + c % 10);
        byte b = -100;
        System.out.println(b / 3 + " " + b % 3);
        short s = -30000;
        System.out.println(s / 7 + " " + s % 7);
        int x = 100;
        x /= 7;
        System.out.println(x);
        x %= 4;
        System.out.println(x);
        long big = 1L << 62;
        System.out.println(big / 1000000007 + " " + big % 1000000007);
        System.out.println(0.1 % 0.01);
        System.out.println(1e17 % 3);
        System.out.println(-0.0 % 5 + " " + 0.0 % -5);
    }
}
