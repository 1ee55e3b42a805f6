// Assertions are disabled by default (java without -ea; a native program
// without LIME_ASSERT=1): neither the condition nor the detail runs.
public class InvariantDisabled {
    static int evaluated = 0;

    static boolean check(boolean b) { evaluated++; return b; }
    static String detail() { evaluated += 100; return "detail"; }

    public static void main(String[] args) {
        assert check(false) : detail();
        assert check(false);
        assert 1 / (evaluated - evaluated) == 0 : "division";
        int[] a = null;
        assert a[0] == 1;
        System.out.println("evaluated " + evaluated);
        for (int i = 0; i < 3; i++) {
            assert i < 0 : i;
            System.out.print(i);
        }
        System.out.println();
    }
}
