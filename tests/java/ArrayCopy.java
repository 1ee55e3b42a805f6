public class ArrayCopy {
    static String show(int[] a) {
        String s = "[";
        for (int i = 0; i < a.length; i++) s = s + (i > 0 ? "," : "") + a[i];
        return s + "]";
    }

    static void tryCopy(String label, int[] src, int sp, int[] dst, int dp, int len) {
        System.arraycopy(src, sp, dst, dp, len);
        System.out.println(label + " ok " + show(dst));
    }

    public static void main(String[] args) {
        int[] a = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        int[] b = new int[10];
        tryCopy("plain", a, 0, b, 0, 10);
        tryCopy("middle", a, 2, b, 5, 3);
        tryCopy("zero", a, 10, b, 10, 0);
        tryCopy("overlap right", b, 0, b, 2, 8);
        int[] c = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        tryCopy("overlap left", c, 3, c, 0, 7);
        tryCopy("self", c, 0, c, 0, 10);
        long[] l = {1L, 2L, 3L, Long.MIN_VALUE};
        long[] l2 = new long[5];
        System.arraycopy(l, 1, l2, 2, 3);
        System.out.println("long " + l2[0] + " " + l2[1] + " " + l2[2] + " " + l2[3] + " " + l2[4]);
        double[] d = {1.5, -0.0, Double.NaN};
        double[] d2 = new double[3];
        System.arraycopy(d, 0, d2, 0, 3);
        System.out.println("double " + d2[0] + " " + d2[1] + " " + d2[2]);
        float[] f = {1.5f, 2.5f};
        float[] f2 = new float[2];
        System.arraycopy(f, 1, f2, 0, 1);
        System.out.println("float " + f2[0] + " " + f2[1]);
        char[] ch = "hello".toCharArray();
        System.arraycopy(ch, 0, ch, 1, 4);
        System.out.println("char " + String.valueOf(ch));
        byte[] by = {1, -2, 3};
        byte[] by2 = new byte[3];
        System.arraycopy(by, 0, by2, 1, 2);
        System.out.println("byte " + by2[0] + " " + by2[1] + " " + by2[2]);
        short[] sh = {7, -8};
        short[] sh2 = new short[2];
        System.arraycopy(sh, 0, sh2, 0, 2);
        System.out.println("short " + sh2[0] + " " + sh2[1]);
        boolean[] z = {true, false, true};
        boolean[] z2 = new boolean[3];
        System.arraycopy(z, 1, z2, 0, 2);
        System.out.println("boolean " + z2[0] + " " + z2[1] + " " + z2[2]);
        String[] s = {"a", "b", null, "d"};
        String[] s2 = new String[4];
        System.arraycopy(s, 0, s2, 1, 3);
        System.out.println("String " + s2[0] + " " + s2[1] + " " + s2[2] + " " + s2[3]);
        System.arraycopy(s, 1, s, 0, 3);
        System.out.println("String self " + s[0] + " " + s[1] + " " + s[2] + " " + s[3]);
        int[][] m = {{1}, {2, 3}, null};
        int[][] m2 = new int[3][];
        System.arraycopy(m, 0, m2, 0, 3);
        System.out.println("int[][] " + m2[0][0] + " " + m2[1][1] + " " + (m2[2] == null) + " " + (m2[1] == m[1]));
        Object[] o = new Object[3];
        System.arraycopy(s, 0, o, 0, 2);
        System.arraycopy(m, 0, o, 2, 1);
        System.out.println("Object " + o[0] + " " + o[1] + " " + (o[2] == m[0]));
        int[] big = new int[100000];
        for (int i = 0; i < big.length; i++) big[i] = i * 3;
        System.arraycopy(big, 0, big, 1, big.length - 1);
        long sum = 0;
        for (int i = 0; i < big.length; i++) sum += big[i];
        System.out.println("big " + sum + " " + big[0] + " " + big[1] + " " + big[99999]);
        System.out.println("mismatch next");
        System.arraycopy(a, 0, l, 0, -1);
    }
}
