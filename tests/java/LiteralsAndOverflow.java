public class LiteralsAndOverflow {
    public static void main(String[] args) {
        int \u0061bc = 5;
        System.out.println(abc);
        String s = "\u0041\u0042";
        char c = '\u0043';
        System.out.println(s + c);
        int oct = 017, bin = 0b1010_1010, hex = 0xFF_FF, big = 1_000_000;
        long l = 0x7fff_ffff_ffffL, lb = 0b1L << 40;
        System.out.println(oct + " " + bin + " " + hex + " " + big + " " + l + " " + lb);
        double d = 1_0.5e1_0, hx = 0x1.8p1;
        float f = 1e-3f;
        System.out.println(d + " " + hx + " " + f);
        char a = 'a';
        a += 2;
        a++;
        char b = (char) (a + 1);
        int sum = 'a' + 'b';
        System.out.println(a + " " + b + " " + sum + " " + (char) sum + " " + (a > 'b') + " " + ('z' - a));
        int max = Integer.MAX_VALUE;
        System.out.println((max + 1) + " " + (Integer.MIN_VALUE - 1) + " " + (max * 2) + " " + Math.abs(Integer.MIN_VALUE));
        long lm = Long.MAX_VALUE;
        System.out.println((lm + 1) + " " + (Integer.MIN_VALUE / -1) + " " + (Long.MIN_VALUE % -1) + " " + (-7 / 2) + " " + (-7 % 2));
        short sh = (short) 40000; byte by = (byte) 200;
        System.out.println(sh + " " + by + " " + (by >>> 2) + " " + (by >> 2) + " " + (-1 >>> 28) + " " + (1 << 33) + " " + (1L << 65));
        System.out.println((int) 3.99e10 + " " + (long) Double.NaN + " " + (int) -0.9 + " " + (char) 65.7);
    }
}
