public class FinallyNesting {
    static int f() {
        try {
            throw new RuntimeException("a");
        } finally {
            try {
                System.out.println("inner try");
                throw new IllegalStateException("b");
            } catch (IllegalStateException e) {
                System.out.println("caught " + e.getMessage());
            } finally {
                System.out.println("inner finally");
            }
        }
    }
    static int g() {
        int r = 0;
        for (int i = 0; i < 5; i++) {
            try {
                try {
                    if (i == 1) continue;
                    if (i == 3) break;
                    r += 10;
                } finally {
                    r += 1;
                    System.out.println("inner finally " + i);
                }
            } finally {
                System.out.println("outer finally " + i + " r=" + r);
            }
        }
        return r;
    }
    static int h() {
        int x = 1;
        try { return x; } finally { x = 2; System.out.println("h finally"); }
    }
    @SuppressWarnings("finally")
    static int k() {
        try { throw new RuntimeException(); } finally { return 42; }
    }
    public static void main(String[] args) {
        try { f(); } catch (RuntimeException e) { System.out.println("f threw " + e.getMessage()); }
        System.out.println(g());
        System.out.println(h());
        System.out.println(k());
        outer: while (true) {
            try {
                try { break outer; } finally { System.out.println("break through finally"); }
            } finally { System.out.println("outer layer"); }
        }
    }
}
