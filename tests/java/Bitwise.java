public class Bitwise {
    static int popcount(int x) {
        int c = 0;
        while (x != 0) { x &= x - 1; c++; }
        return c;
    }
    static int reverseBits(int x) {
        int r = 0;
        for (int i = 0; i < 32; i++) { r = (r << 1) | (x & 1); x >>>= 1; }
        return r;
    }
    public static void main(String[] args) {
        int a = 0b1100_1010, b = 0b1010_0110;
        System.out.println((a & b) + " " + (a | b) + " " + (a ^ b) + " " + ~a);
        System.out.println(Integer.toBinaryString(a & b) + " " + Integer.toBinaryString(a | b) + " " + Integer.toBinaryString(a ^ b));
        System.out.println(Integer.toBinaryString(~a));
        long la = 0xFFFF0000FFFF0000L, lb = 0x0F0F0F0F0F0F0F0FL;
        System.out.println((la & lb) + " " + (la | lb) + " " + (la ^ lb) + " " + ~la);
        System.out.println(Long.toHexString(la & lb) + " " + Long.toHexString(~lb));
        int mixed = 0xFF;
        long lm = mixed | 0x100000000L;
        System.out.println(lm);
        System.out.println(-1 & 0xFFL);
        System.out.println((-1 & 0xFF) == 255);
        byte by = (byte) 0xF0;
        System.out.println(by & 0xFF);
        System.out.println(by | 0);
        System.out.println(by ^ (byte) 0x0F);
        System.out.println(~by);
        char c = 'A';
        System.out.println(c | 0x20);
        System.out.println((char) (c | 0x20));
        System.out.println((char) ('z' & ~0x20));
        short s = (short) 0x8001;
        System.out.println(s & 0xFFFF);
        System.out.println(~s);
        for (int x : new int[] { 0, 1, 7, 255, -1, 0x12345678, Integer.MIN_VALUE }) {
            System.out.println(x + " pop " + popcount(x) + " rev " + reverseBits(x) + " lowest " + (x & -x) + " cleared " + (x & (x - 1)));
        }
        boolean t = true, f = false;
        System.out.println((t & f) + " " + (t | f) + " " + (t ^ f) + " " + (t ^ t) + " " + !(t & t));
        int flags = 0;
        flags |= 1 << 3;
        flags |= 1 << 5;
        flags &= ~(1 << 3);
        flags ^= 1 << 7;
        System.out.println(flags + " " + ((flags >> 5) & 1) + " " + ((flags >> 3) & 1));
        int swapA = 12345, swapB = -6789;
        swapA ^= swapB;
        swapB ^= swapA;
        swapA ^= swapB;
        System.out.println(swapA + " " + swapB);
        long mask = 0;
        for (int i = 0; i < 64; i += 3) mask |= 1L << i;
        System.out.println(mask + " " + Long.bitCount(mask));
        int rotl = (0x80000001 << 4) | (0x80000001 >>> 28);
        System.out.println(Integer.toHexString(rotl));
        System.out.println(5 & 3 ^ 6 | 8);
        int gray = 0;
        for (int i = 0; i < 8; i++) { gray = i ^ (i >> 1); System.out.print(gray + " "); }
        System.out.println();
    }
}
