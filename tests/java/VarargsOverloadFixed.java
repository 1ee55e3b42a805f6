import java.util.List;

// Two variable-arity overloads told apart by a fixed parameter: each call
// takes the one whose fixed parameters its arguments fill.
public class VarargsOverloadFixed {
    static String w(String p, byte[] b, Object... o) { return p + " bytes " + b.length + " +" + o.length; }
    static String w(String p, Iterable<? extends CharSequence> l, Object... o) { return p + " lines " + l + " +" + o.length; }
    static String w(String p, int[] b, String... o) { return p + " ints " + b.length + " " + String.join("/", o); }
    public static void main(String[] args) {
        System.out.println(w("a", new byte[] {1, 2}));
        System.out.println(w("b", List.of("x", "y"), 1, 2));
        System.out.println(w("c", new int[] {1, 2, 3}, "p", "q"));
        System.out.println(w("d", new byte[0], "z"));
    }
}
