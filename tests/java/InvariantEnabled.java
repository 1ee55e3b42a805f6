// With assertions enabled (java -ea; LIME_ASSERT=1): a condition that holds
// does not evaluate the detail; one that fails throws AssertionError with
// the detail's String.valueOf as its message.
public class InvariantEnabled {
    static int evaluated = 0;

    static boolean check(boolean b) { evaluated++; return b; }
    static String detail() { evaluated += 100; return "detail"; }

    static int fact(int n) {
        assert n >= 0 : "negative " + n;
        return n <= 1 ? 1 : n * fact(n - 1);
    }

    public static void main(String[] args) {
        assert check(true) : detail();
        assert check(true);
        System.out.println("evaluated " + evaluated);
        System.out.println(fact(5));
        int x = 6 * 7;
        assert x % 2 == 0;
        assert x == 41 : x;
        System.out.println("not reached");
    }
}
