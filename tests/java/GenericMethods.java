public class GenericMethods {
    interface Cmp<T> { int compare(T a, T b); }
    static class ByLength implements Cmp<String> {
        public int compare(String a, String b) { return a.length() - b.length(); }
    }
    static class Alpha implements Cmp<String> {
        public int compare(String a, String b) { return a.compareTo(b); }
    }
    static <T> void sort(T[] a, Cmp<T> c) {
        for (int i = 1; i < a.length; i++) {
            T x = a[i];
            int j = i - 1;
            while (j >= 0 && c.compare(a[j], x) > 0) { a[j + 1] = a[j]; j--; }
            a[j + 1] = x;
        }
    }
    static <T> T pick(boolean first, T a, T b) { return first ? a : b; }
    static <T> int count(T[] a, T x) {
        int n = 0;
        for (T e : a) if (e.equals(x)) n++;
        return n;
    }
    static <A, B> String pair(A a, B b) { return "<" + a + "," + b + ">"; }
    static <T> void swap(T[] a, int i, int j) { T t = a[i]; a[i] = a[j]; a[j] = t; }
    static String join(String[] a) {
        String s = "";
        for (String x : a) s += x + " ";
        return s.trim();
    }
    public static void main(String[] args) {
        String[] words = { "pear", "fig", "banana", "kiwi", "apple" };
        sort(words, new ByLength());
        System.out.println(join(words));
        sort(words, new Alpha());
        System.out.println(join(words));
        swap(words, 0, 4);
        System.out.println(join(words));
        String p = pick(false, "one", "two");
        System.out.println(p.length() + " " + pick(true, "one", "two"));
        System.out.println(count(words, "fig") + " " + count(new String[] { "a", "b", "a" }, "a"));
        System.out.println(pair("x", words[1]) + pair(words[0], "y").length());
    }
}
