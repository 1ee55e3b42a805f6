// Unboxing null throws NullPointerException wherever it happens:
// assignment, arithmetic, compound assignment, ++, comparison, switch,
// an argument, a return, a for-each variable, a condition; caught.
public class BoxUnboxNullCaught {
    static Integer nothing() { return null; }
    static int square(int x) { return x * x; }
    static int unboxReturn(Integer x) { return x; }
    static Integer field;
    static Integer[] cells = new Integer[3];

    static String run(int what) {
        Integer n = nothing();
        Integer m = null;
        Boolean b = null;
        Double d = null;
        Object o = null;
        switch (what) {
        case 0: { int x = nothing(); return "assign " + x; }
        case 1: return "add " + (n + 1);
        case 2: n += 1; return "compound " + n;
        case 3: field++; return "increment field";
        case 4: cells[1]++; return "increment element";
        case 5: return "compare " + (n < 3);
        case 6: return "equal primitive " + (n == 3);
        case 7: return "equal reference " + (n == m);
        case 8:
            switch (n) {
            case 1: return "switch one";
            default: return "switch other";
            }
        case 9: return "argument " + square(nothing());
        case 10: return "return " + unboxReturn(null);
        case 11: {
            Integer[] a = {1, null, 3};
            int s = 0;
            for (int x : a) {
                s += x;
                System.out.println("  s " + s);
            }
            return "for-each " + s;
        }
        case 12: if (b) return "condition yes"; return "condition no";
        case 13: return "not " + !b;
        case 14: return "negate " + -d;
        case 15: { int x = (int) o; return "cast " + x; }
        case 16: { long l = n; return "long widening " + l; }
        case 17: { int[] a = {1, 2}; return "index " + a[n]; }
        case 18: return "concat is fine " + n;
        case 19: return "ternary " + (what > 0 ? n : 0);
        case 20: return "ternary boxed is fine " + (what > 0 ? n : m);
        case 21: { m = 5; m = m * n; return "multiply " + m; }
        case 22: { n--; return "decrement local"; }
        case 23: return "shift " + (1 << n);
        case 24: return "and " + (true && b);
        default: return null;
        }
    }

    public static void main(String[] args) {
        for (int i = 0; i < 25; i++) {
            try {
                System.out.println(i + ": " + run(i));
            } catch (NullPointerException e) {
                System.out.println(i + ": NullPointerException " + e.getMessage());
            }
        }
        Integer n = null;
        System.out.println(n);
        System.out.println(String.valueOf(n));
    }
}
