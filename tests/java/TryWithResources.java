public class TryWithResources {
    static class Res implements AutoCloseable {
        final String name; final boolean failClose;
        Res(String name, boolean failClose) { this.name = name; this.failClose = failClose; System.out.println("open " + name); }
        public void close() throws Exception {
            System.out.println("close " + name);
            if (failClose) throw new IllegalStateException("close failed: " + name);
        }
    }
    static void use(boolean failBody, boolean failClose) throws Exception {
        try (Res a = new Res("a", false); Res b = new Res("b", failClose)) {
            System.out.println("body " + a.name + b.name);
            if (failBody) throw new RuntimeException("body failed");
        }
    }
    public static void main(String[] args) throws Exception {
        use(false, false);
        try { use(true, false); } catch (RuntimeException e) { System.out.println("caught " + e.getMessage() + " " + e.getSuppressed().length); }
        try { use(true, true); } catch (RuntimeException e) { System.out.println("caught " + e.getMessage() + " suppressed " + e.getSuppressed()[0].getMessage()); }
        try { use(false, true); } catch (IllegalStateException e) { System.out.println("caught " + e.getMessage()); }
        Res outer = new Res("outer", false);
        try (outer; var inner = new Res("inner", false)) {
            System.out.println("both");
        } catch (Exception e) {
            System.out.println("no");
        } finally {
            System.out.println("finally");
        }
        try (Res nul = null) { System.out.println("null resource ok"); }
    }
}
