public class FinallyOrder {
    static StringBuilderLike log = new StringBuilderLike();
    static class StringBuilderLike {
        String s = "";
        void add(String x) { s += x + ";"; }
    }
    @SuppressWarnings("finally")
    static int overrides() {
        try { return 1; } finally { return 2; }
    }
    static int valueBeforeFinally() {
        int x = 10;
        try { return x; } finally { x = 20; log.add("x=" + x); }
    }
    static int nested(int n) {
        try {
            try {
                if (n == 0) throw new IllegalStateException("zero");
                return 100 / n;
            } finally {
                log.add("inner " + n);
            }
        } catch (IllegalStateException e) {
            log.add("caught " + e.getMessage());
            return -1;
        } finally {
            log.add("outer " + n);
        }
    }
    static int loops() {
        int sum = 0;
        outer:
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                try {
                    if (j == 1) continue;
                    if (j == 3) continue outer;
                    if (i == 3) break outer;
                    sum += i * 10 + j;
                } finally {
                    sum += 1000;
                }
            }
        }
        return sum;
    }
    static String swallow() {
        String r = "start";
        try {
            try {
                throw new RuntimeException("first");
            } finally {
                r += " finally1";
            }
        } catch (RuntimeException e) {
            r += " caught " + e.getMessage();
        } finally {
            r += " finally2";
        }
        return r;
    }
    static void whileFinally() {
        int i = 0;
        while (true) {
            try {
                i++;
                if (i == 4) break;
            } finally {
                log.add("w" + i);
            }
        }
    }
    public static void main(String[] args) {
        System.out.println(overrides());
        System.out.println(valueBeforeFinally());
        System.out.println(nested(4) + " " + nested(0));
        System.out.println(loops());
        System.out.println(swallow());
        whileFinally();
        System.out.println(log.s);
        try {
            try { throw new Error("inner error"); }
            finally { System.out.println("cleanup"); }
        } catch (Error e) { System.out.println("error: " + e.getMessage()); }
    }
}
