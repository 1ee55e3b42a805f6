import java.util.*;
public class VarargsArrays {
    static int sum(int... xs) { int s = 0; for (int x : xs) s += x; return s; }
    static String join(String sep, String... parts) { StringBuilder b = new StringBuilder(); for (String p : parts) { if (b.length() > 0) b.append(sep); b.append(p); } return b.toString(); }
    public static void main(String[] args) {
        System.out.println(sum() + " " + sum(1) + " " + sum(1, 2, 3) + " " + sum(new int[] { 4, 5 }));
        System.out.println(join("-", "a", "b", "c") + " " + join("+"));
        int[] a = { 5, 3, 9, 1, 7, 3 };
        Arrays.sort(a);
        System.out.println(Arrays.toString(a) + " " + Arrays.binarySearch(a, 7) + " " + Arrays.binarySearch(a, 4));
        double[] d = { 2.5, -0.0, 0.0, -1, Double.NaN, 1e10 };
        Arrays.sort(d);
        System.out.println(Arrays.toString(d));
        String[] s = { "pear", "Apple", "fig", "banana" };
        Arrays.sort(s);
        System.out.println(Arrays.toString(s));
        Arrays.sort(s, (x, y) -> x.length() - y.length());
        System.out.println(Arrays.toString(s));
        List<String> l = Arrays.asList("x", "y", "z");
        System.out.println(l + " " + l.size());
        int[] big = new int[100];
        for (int i = 0; i < 100; i++) big[i] = (i * 37) % 101;
        Arrays.sort(big);
        System.out.println(big[0] + " " + big[50] + " " + big[99] + " " + Arrays.equals(Arrays.copyOf(a, 3), new int[] { 1, 3, 3 }));
        char[] cs = "hello".toCharArray(); Arrays.sort(cs); System.out.println(Arrays.toString(cs) + new String(cs));
        int[] f = new int[4]; Arrays.fill(f, 7); System.out.println(Arrays.toString(f) + Arrays.hashCode(f));
        System.out.println(Arrays.toString((int[]) null) + Arrays.toString(new Object[] { "a", null }));
    }
}
