public class IntegerRadix {
    public static void main(String[] args) {
        int[] vs = {0, 1, -1, 7, -7, 35, 36, 255, -255, 1000000, Integer.MAX_VALUE, Integer.MIN_VALUE, 0x55555555};
        int[] radices = {2, 8, 10, 16, 36, 1, 37, -5, 0};
        for (int i = 0; i < vs.length; i++) {
            int v = vs[i];
            String line = v + ":";
            for (int k = 0; k < radices.length; k++) line = line + " " + Integer.toString(v, radices[k]);
            System.out.println(line);
            System.out.println("  compare0 " + Integer.compare(v, 0) + " compareMin " + Integer.compare(v, Integer.MIN_VALUE)
                + " signum " + Integer.signum(v) + " reverse " + Integer.reverse(v) + " highest "
                + Integer.highestOneBit(v) + " lowest " + Integer.lowestOneBit(v));
            for (int k = 0; k < 5; k++)
                if (Integer.parseInt(Integer.toString(v, radices[k]), radices[k]) != v) System.out.println("round trip failed");
        }
        long[] ls = {0L, -1L, 123456789012345L, Long.MAX_VALUE, Long.MIN_VALUE, -36L};
        for (int i = 0; i < ls.length; i++) {
            long v = ls[i];
            String line = v + ":";
            for (int k = 0; k < radices.length; k++) line = line + " " + Long.toString(v, radices[k]);
            System.out.println(line + " compare " + Long.compare(v, 0L) + " " + Long.compare(v, Long.MIN_VALUE) + " "
                + Long.compare(Long.MIN_VALUE, v) + " signum " + Long.signum(v));
        }
        String[] ps = {"ff", "FF", "-ff", "+7f", "7fffffff", "-80000000", "zz", "Zz", "-ZIK0ZK", "\uff11\uff41", "\u0661\u0662",
            "0", "-0", "101"};
        int[] pr = {16, 16, 16, 16, 16, 16, 36, 36, 36, 16, 10, 2, 2, 2};
        for (int i = 0; i < ps.length; i++) System.out.println("parse " + ps[i] + " " + pr[i] + " = " + Integer.parseInt(ps[i], pr[i]));
        int[] xs = {7, -7, 0, 6, -6, Integer.MIN_VALUE, Integer.MAX_VALUE};
        int[] ys = {2, -2, 3, -3, 1, -1, Integer.MIN_VALUE};
        for (int i = 0; i < xs.length; i++)
            for (int j = 0; j < ys.length; j++)
                System.out.println("floor " + xs[i] + " " + ys[j] + " " + Math.floorDiv(xs[i], ys[j]) + " "
                    + Math.floorMod(xs[i], ys[j]) + " " + Math.floorDiv((long) xs[i] * 3, (long) ys[j]) + " "
                    + Math.floorMod((long) xs[i] * 3, (long) ys[j]));
        System.out.println("long floor " + Math.floorDiv(Long.MIN_VALUE, -1L) + " " + Math.floorMod(Long.MIN_VALUE, -1L)
            + " " + Math.floorDiv(Long.MIN_VALUE, 7L) + " " + Math.floorMod(Long.MIN_VALUE, 7L) + " "
            + Math.floorMod(-1L, Long.MIN_VALUE));
        String bad = "80000000";
        System.out.println("overflow next");
        System.out.println(Integer.parseInt(bad, 16));
    }
}
