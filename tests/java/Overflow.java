public class Overflow {
    public static void main(String[] args) {
        int max = Integer.MAX_VALUE, min = Integer.MIN_VALUE;
        System.out.println(max + 1);
        System.out.println(min - 1);
        System.out.println(max * 2);
        System.out.println(max * max);
        System.out.println(min * -1);
        System.out.println(-min);
        System.out.println(min / -1);
        System.out.println(min % -1);
        System.out.println(Math.abs(min));
        long lmax = Long.MAX_VALUE, lmin = Long.MIN_VALUE;
        System.out.println(lmax + 1);
        System.out.println(lmin - 1);
        System.out.println(lmax * 3);
        System.out.println(lmin / -1);
        System.out.println(lmin % -1);
        System.out.println(-lmin);
        System.out.println(Math.abs(lmin));
        System.out.println(46341 * 46341);
        System.out.println(46341L * 46341);
        System.out.println(65536 * 65536);
        System.out.println(65536L * 65536);
        System.out.println(1000000 * 1000000);
        System.out.println(1000000L * 1000000);
        int h = 0;
        String text = "overflowing hash computation";
        for (int i = 0; i < text.length(); i++) h = 31 * h + text.charAt(i);
        System.out.println(h + " " + (h == text.hashCode()));
        long lh = 1125899906842597L;
        for (int i = 0; i < text.length(); i++) lh = 31 * lh + text.charAt(i);
        System.out.println(lh);
        int fib1 = 0, fib2 = 1;
        for (int i = 0; i < 50; i++) { int t = fib1 + fib2; fib1 = fib2; fib2 = t; }
        System.out.println("fib50 wrapped " + fib1);
        long lf1 = 0, lf2 = 1;
        for (int i = 0; i < 100; i++) { long t = lf1 + lf2; lf1 = lf2; lf2 = t; }
        System.out.println("fib100 wrapped " + lf1);
        int seed = 12345;
        for (int i = 0; i < 10; i++) {
            seed = seed * 1103515245 + 12345;
            System.out.print((seed >>> 16) % 100 + " ");
        }
        System.out.println();
        long lseed = 42;
        for (int i = 0; i < 5; i++) {
            lseed = lseed * 6364136223846793005L + 1442695040888963407L;
            System.out.println(lseed);
        }
        short s = 32767;
        s++;
        System.out.println(s);
        byte b = -128;
        b--;
        System.out.println(b);
        char c = 65535;
        System.out.println(c + 1);
        System.out.println(max + max + 2);
        System.out.println((long) max + max + 2);
        System.out.println(max + 1L);
        int x = 1;
        for (int i = 0; i < 40; i++) x *= 3;
        System.out.println(x);
        System.out.println(Integer.MAX_VALUE + Integer.MAX_VALUE);
        System.out.println(Long.MAX_VALUE + Long.MAX_VALUE);
    }
}
