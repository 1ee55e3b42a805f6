public class Arrays1D {
    static int sum(int[] a) {
        int s = 0;
        for (int i = 0; i < a.length; i++) s += a[i];
        return s;
    }
    static int[] squares(int n) {
        int[] r = new int[n];
        for (int i = 0; i < n; i++) r[i] = i * i;
        return r;
    }
    static void fill(double[] d, double v) {
        for (int i = 0; i < d.length; i++) d[i] = v * i;
    }
    public static void main(String[] args) {
        int[] a = new int[5];
        System.out.println(a.length);
        for (int i = 0; i < a.length; i++) a[i] = (i + 1) * 10;
        for (int i = 0; i < a.length; i++) System.out.println("a[" + i + "] = " + a[i]);
        System.out.println("sum " + sum(a));
        int[] b = { 3, 1, 4, 1, 5, 9, 2, 6 };
        System.out.println("b.length " + b.length + " sum " + sum(b));
        int[] c = new int[] { 7, 8, 9 };
        System.out.println(c[0] + c[1] + c[2]);
        int[] sq = squares(6);
        for (int v : sq) System.out.print(v + " ");
        System.out.println();
        int[] alias = sq;
        alias[2] = 100;
        System.out.println(sq[2]);
        System.out.println(alias == sq);
        int[] other = squares(6);
        System.out.println(other == sq);
        double[] d = new double[4];
        fill(d, 0.5);
        for (double x : d) System.out.println(x);
        long[] l = { 1L, 2, 'c', (byte) 4 };
        System.out.println(l[0] + l[1] + l[2] + l[3]);
        char[] cs = { 'h', 'e', 'l', 'l', 'o' };
        System.out.println(cs);
        System.out.println(cs.length);
        boolean[] bs = new boolean[3];
        bs[1] = true;
        System.out.println(bs[0] + " " + bs[1] + " " + bs[2]);
        int[] empty = new int[0];
        System.out.println("empty " + empty.length + " " + sum(empty));
        int[] e2 = {};
        System.out.println(e2.length);
        int[] trailing = { 1, 2, 3, };
        System.out.println(trailing.length);
        int n = 3;
        float[] f = new float[n * 2];
        f[5] = 1.25f;
        System.out.println(f[5] + f[0]);
        byte[] by = new byte[3];
        by[0] = 127;
        by[0]++;
        System.out.println(by[0]);
        short[] sh = { -1, 2, -3 };
        System.out.println(sh[0] * sh[2]);
        int[] arr2;
        arr2 = new int[] { 5, 6 };
        System.out.println(arr2[1]);
        int idx = 0;
        int[] seq = new int[4];
        seq[idx++] = 10;
        seq[idx++] = 20;
        seq[idx] = seq[idx - 1] + seq[idx - 2];
        System.out.println(seq[0] + " " + seq[1] + " " + seq[2] + " " + seq[3]);
        int[] copy = new int[b.length];
        for (int i = 0; i < b.length; i++) copy[b.length - 1 - i] = b[i];
        for (int v : copy) System.out.print(v);
        System.out.println();
        System.out.println(squares(4)[3]);
        System.out.println(new int[7].length);
        System.out.println(new int[] { 4, 5, 6 }[1]);
    }
}
