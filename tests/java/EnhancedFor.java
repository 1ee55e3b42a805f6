public class EnhancedFor {
    static int[] make() {
        System.out.println("make() called once");
        return new int[] { 4, 5, 6 };
    }
    public static void main(String[] args) {
        int[] nums = { 1, 2, 3, 4, 5 };
        int s = 0;
        for (int n : nums) s += n;
        System.out.println(s);
        for (int n : nums) n *= 2;
        System.out.println(nums[0]);
        for (final int n : nums) System.out.print(n * n + " ");
        System.out.println();
        for (int v : make()) System.out.print(v);
        System.out.println();
        String[] ws = { "x", "yy", "zzz" };
        for (String w : ws) System.out.println(w + ":" + w.length());
        double[] ds = { 0.5, 1.5 };
        double acc = 0;
        for (double d : ds) acc += d;
        System.out.println(acc);
        char[] cs = "hello".toCharArray();
        for (char c : cs) System.out.print((char) (c - 32));
        System.out.println();
        long[] ls = { 1L << 62, 1L << 61 };
        for (long l : ls) System.out.println(l);
        for (long l : nums) System.out.print(l + 1000000000000L + " ");
        System.out.println();
        for (double d : nums) System.out.print(d + " ");
        System.out.println();
        int[][] grid = { { 1, 2 }, { 3, 4 }, { 5 } };
        for (int[] row : grid) {
            int rs = 0;
            for (int v : row) rs += v;
            System.out.println("row sum " + rs);
        }
        int[] empty = new int[0];
        for (int e : empty) System.out.println("never " + e);
        boolean[] bs = { true, false, true };
        int t = 0;
        for (boolean b : bs) if (b) t++;
        System.out.println("trues " + t);
        int[] mod = { 1, 2, 3 };
        for (int v : mod) mod[2] = 100;
        System.out.println(mod[2]);
        byte[] bytes = { -1, 127, -128 };
        for (int v : bytes) System.out.print(v + " ");
        System.out.println();
        for (var v : ws) System.out.print(v);
        System.out.println();
        int idx = 0;
        for (int v : nums) {
            if (v == 2) continue;
            if (v == 5) break;
            idx += v;
        }
        System.out.println("idx " + idx);
    }
}
