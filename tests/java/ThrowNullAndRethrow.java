public class ThrowNullAndRethrow {
    static void f(int k) {
        try {
            if (k == 0) throw null;
            if (k == 1) throw new UnsupportedOperationException("one");
            if (k == 2) { Object o = "x"; throw (RuntimeException) (Object) new IllegalArgumentException("two"); }
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            System.out.println("multi " + e);
            throw e;
        }
    }
    public static void main(String[] args) {
        for (int k = 0; k < 4; k++) {
            try {
                f(k);
                System.out.println(k + " ok");
            } catch (NullPointerException e) {
                System.out.println(k + " npe");
            } catch (RuntimeException e) {
                System.out.println(k + " rethrown " + e.getMessage());
            }
        }
    }
}
