public class FinalForEach {
    public static void main(String[] args) {
        int[] a = {3, 1, 4};
        int sum = 0;
        for (final int v : a) sum += v;
        System.out.println(sum);
        for (final var s : new String[] {"x", "y"}) System.out.print(s);
        System.out.println();
        for (final int[] row : new int[][] {{1}, {2, 3}}) System.out.print(row.length);
        System.out.println();
        final int k;
        k = 4;
        for (final long w : new long[] {k, k + 1}) System.out.print(w + ";");
        System.out.println();
    }
}
