import java.util.*;
public class ObjectsArraysDeep {
    public static void main(String[] args) {
        System.out.println(Objects.hash(1, "a", null, 2.5) + " " + Objects.hash() + " " + Objects.hash((Object) null) + " " + Objects.hashCode(null) + " " + Objects.hashCode("x"));
        System.out.println(Objects.requireNonNullElse(null, "dflt") + " " + Objects.requireNonNullElse("v", "dflt") + " " + Objects.requireNonNullElseGet(null, () -> "got"));
        try { Objects.requireNonNullElse(null, null); } catch (NullPointerException e) { System.out.println(e); }
        try { Objects.requireNonNullElseGet(null, () -> null); } catch (NullPointerException e) { System.out.println(e); }
        try { Objects.requireNonNull(null, () -> "made"); } catch (NullPointerException e) { System.out.println(e); }
        System.out.println(Objects.toString(null, "none") + " " + Objects.toString(7, "none") + " " + Objects.isNull(null) + " " + Objects.nonNull(null));
        System.out.println(Objects.deepEquals(new String[][] {{"a"}}, new String[][] {{"a"}}) + " " + Objects.deepEquals("a", "a") + " " + Objects.deepEquals(null, "a"));
        System.out.println(Objects.compare("a", "b", (x, y) -> x.compareTo(y)));

        int[][] g = {{1, 2}, {3, 4, 5}, {}};
        System.out.println(Arrays.deepToString(g) + " " + Arrays.deepHashCode(g) + " " + Arrays.deepEquals(g, new int[][] {{1, 2}, {3, 4, 5}, {}}) + " " + Arrays.deepEquals(g, new int[][] {{1, 2}}));
        double[][] d = {{1.5, -0.0}, {Double.NaN}};
        System.out.println(Arrays.deepToString(d) + " " + Arrays.deepHashCode(d) + " " + Arrays.deepEquals(d, new double[][] {{1.5, -0.0}, {Double.NaN}}) + " " + Arrays.deepEquals(d, new double[][] {{1.5, 0.0}, {Double.NaN}}));
        char[][] c = {{'a', 'b'}, null};
        boolean[][] b = {{true}, {false, true}};
        long[][] l = {{1L << 40}};
        System.out.println(Arrays.deepToString(c) + " " + Arrays.deepToString(b) + " " + Arrays.deepHashCode(b) + " " + Arrays.deepToString(l) + " " + Arrays.deepHashCode(l) + " " + Arrays.deepHashCode(c));
        String[][][] s = {{{"x", null}, {}}, {{"y"}}};
        System.out.println(Arrays.deepToString(s) + " " + Arrays.deepHashCode(s) + " " + Arrays.deepEquals(s, new String[][][] {{{"x", null}, {}}, {{"y"}}}));
        Object[] self = new Object[2];
        self[0] = "me"; self[1] = self;
        System.out.println(Arrays.deepToString(self) + " " + Arrays.deepToString((Object[]) null) + " " + Arrays.deepToString(new Object[] {1, "two", new Integer[] {3}, List.of(4)}));
        System.out.println(Arrays.hashCode(new long[] {1, 2}) + " " + Arrays.hashCode(new double[] {0.5}) + " " + Arrays.hashCode(new Object[] {"a", null}) + " " + Arrays.hashCode(new boolean[] {true, false}) + " " + Arrays.hashCode(new char[] {'z'}) + " " + Arrays.hashCode((int[]) null));
        System.out.println(Arrays.equals(new double[] {Double.NaN}, new double[] {Double.NaN}) + " " + Arrays.equals(new double[] {0.0}, new double[] {-0.0}) + " " + Arrays.equals(new char[] {'a'}, new char[] {'a'}) + " " + Arrays.equals(new long[] {1}, new long[] {2}));

        List<String> list = new ArrayList<>(List.of("b", "a", "c"));
        String[] arr = list.toArray(new String[0]);
        System.out.println(arr.length + " " + Arrays.toString(arr));
        String[] big = {"1", "2", "3", "4", "5"};
        String[] same = list.toArray(big);
        System.out.println((same == big) + " " + Arrays.toString(big));
        String[] exact = new String[3];
        System.out.println((list.toArray(exact) == exact) + " " + Arrays.toString(exact));
        Integer[] nums = new TreeSet<>(List.of(5, 1, 3)).toArray(new Integer[0]);
        System.out.println(Arrays.toString(nums) + " " + nums[0]);
        Object[] objs = new LinkedList<>(List.of('x', 'y')).toArray(new Object[1]);
        System.out.println(Arrays.toString(objs));
        String[] viaGen = list.<String>toArray(n -> new String[n]);
        System.out.println(Arrays.toString(viaGen));
        System.out.println(Arrays.toString(List.of(1, 2).toArray(new Integer[0])) + " " + Arrays.toString(Set.of("q").toArray(new String[2])));
    }
}
