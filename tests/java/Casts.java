public class Casts {
    public static void main(String[] args) {
        int i = 0x12345678;
        System.out.println((byte) i);
        System.out.println((short) i);
        System.out.println((int) (char) i);
        System.out.println((long) i);
        System.out.println((float) i);
        System.out.println((double) i);
        int neg = -1;
        System.out.println((byte) neg + " " + (short) neg + " " + (int) (char) neg + " " + (long) neg);
        System.out.println((byte) 128 + " " + (byte) 255 + " " + (byte) 256 + " " + (byte) -129);
        System.out.println((short) 32768 + " " + (short) 65535 + " " + (short) -32769);
        System.out.println((char) 65 + " " + (char) 97 + " " + (int) (char) 65536 + " " + (int) (char) -1);
        long l = 0x123456789ABCDEF0L;
        System.out.println((int) l + " " + (short) l + " " + (byte) l + " " + (int) (char) l);
        System.out.println((float) l + " " + (double) (l >> 20));
        long big = (1L << 53) + 1;
        System.out.println((double) big + " " + (float) big);
        System.out.println((long) (double) big);
        System.out.println((float) 16777217 + " " + (int) (float) 16777217);
        System.out.println((float) Long.MAX_VALUE + " " + (float) Long.MIN_VALUE);
        System.out.println((float) 123456789L);
        double[] ds = { 0.0, -0.0, 0.4, 0.5, 0.6, 1.5, 2.5, -0.5, -1.5, -2.5, 3.99, -3.99, 1e10, -1e10, 1e20, -1e20,
                        2147483647.0, 2147483648.0, -2147483648.0, -2147483649.0, 9.2233720368547758E18,
                        Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, Double.MAX_VALUE };
        for (double d : ds) {
            System.out.println(d + " -> int " + (int) d + " long " + (long) d + " short " + (short) d + " byte " + (byte) d
                               + " char " + (int) (char) d + " float " + (float) d);
        }
        float[] fs = { 0.5f, -0.5f, 1e10f, -1e10f, 3e38f, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY,
                       Float.MIN_VALUE, 2.1474836E9f, -2.1474836E9f, 9.223372E18f };
        for (float f : fs) {
            System.out.println(f + " -> int " + (int) f + " long " + (long) f + " double " + (double) f + " char " + (int) (char) f);
        }
        char c = 'Z';
        System.out.println((int) c + " " + (byte) c + " " + (short) c + " " + (long) c + " " + (float) c + " " + (double) c);
        char high = '\u8000';
        System.out.println((int) high + " " + (short) high + " " + (byte) high);
        byte b = -7;
        System.out.println((char) b == '\ufff9');
        System.out.println((int) (char) b);
        short s = -300;
        System.out.println((byte) s + " " + (int) (char) s);
        System.out.println((int) 'a' + (int) 'b');
        System.out.println((char) ('a' + 2));
        System.out.println((double) (float) 0.1);
        System.out.println((float) 0.1);
        System.out.println((float) 1e40 + " " + (float) 1e-50 + " " + (float) -1e-50);
        System.out.println((double) 3.4028235e38f);
        System.out.println((int) 1e-9 + " " + (long) -1e-9);
        System.out.println((long) 1.0e19 + " " + (long) -1.0e19);
        System.out.println((int) (long) 1e19);
        System.out.println((byte) 1e10 + " " + (short) -1e10 + " " + (int) (char) 1e10);
        System.out.println((byte) 3.7 + " " + (byte) -200.7 + " " + (byte) 200.7);
        double dd = 1.0 / 3;
        float ff = (float) dd;
        System.out.println(ff + " " + (double) ff + " " + (dd == ff));
        int fromLong = (int) 4294967297L;
        System.out.println(fromLong);
        System.out.println((long) (int) 3000000000L);
        System.out.println((short) (byte) 200 + " " + (char) (byte) 65);
        System.out.println((int) (byte) (char) 300);
        System.out.println((boolean) true);
        System.out.println((String) "cast string");
    }
}
