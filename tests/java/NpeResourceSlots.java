public class NpeResourceSlots {
    static class R implements AutoCloseable { public void close() {} }
    static int f(String p) {
        int a = 1;
        try (R r = new R()) {
            String in = p;
            return in.length();
        }
    }
    static int g(String p) {
        int a = 1;
        try (R r = new R(); R r2 = new R()) {
            String in = p;
            return in.length();
        }
    }
    static int h(String p) {
        int a = 1;
        try (R r = new R()) {
            a++;
        }
        String after = p;
        return after.length();
    }
    static int m(String p) {
        try {
            String q = p;
            return q.length();
        } finally {
            String in = "x";
            in.length();
        }
    }
    static int n(String p) {
        int z = 0;
        try {
            z = 1;
        } finally {
            z = 2;
        }
        String after = p;
        return after.length();
    }
    public static void main(String[] args) {
        try { f(null); } catch (NullPointerException e) { System.out.println("f " + e.getMessage()); }
        try { g(null); } catch (NullPointerException e) { System.out.println("g " + e.getMessage()); }
        try { h(null); } catch (NullPointerException e) { System.out.println("h " + e.getMessage()); }
        try { m(null); } catch (NullPointerException e) { System.out.println("m " + e.getMessage()); }
        try { n(null); } catch (NullPointerException e) { System.out.println("n " + e.getMessage()); }
    }
}
