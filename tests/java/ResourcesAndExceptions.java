import java.util.*;

public class ResourcesAndExceptions {
    static class Res implements AutoCloseable {
        final String name; final boolean failClose;
        Res(String name, boolean failClose) { this.name = name; this.failClose = failClose; System.out.println("open " + name); }
        public void close() throws Exception {
            System.out.println("close " + name);
            if (failClose) throw new IllegalStateException("close " + name);
        }
    }
    static class AppException extends Exception {
        AppException(String m, Throwable cause) { super(m, cause); }
    }
    static void work(int mode) throws AppException {
        try (Res a = new Res("a", mode == 2); Res b = new Res("b", mode >= 1)) {
            if (mode == 3) throw new RuntimeException("body");
            System.out.println("body " + mode);
        } catch (RuntimeException e) {
            System.out.println("caught " + e.getMessage() + " suppressed " + e.getSuppressed().length);
            for (Throwable s : e.getSuppressed()) System.out.println("  " + s.getMessage());
        } catch (Exception e) {
            throw new AppException("wrapped", e);
        } finally {
            System.out.println("finally " + mode);
        }
    }
    static int depth(int n) { return n == 0 ? 0 : 1 + depth(n - 1); }
    public static void main(String[] args) {
        for (int m = 0; m < 4; m++) {
            try { work(m); }
            catch (AppException e) { System.out.println(e.getMessage() + " <- " + e.getCause().getMessage() + " " + e.getCause().getSuppressed().length); }
        }
        try {
            Object[] objs = new Integer[1];
            System.out.println(objs.length);
            int[] neg = new int[depth(3) - 4];
        } catch (NegativeArraySizeException e) {
            System.out.println("NASE " + e.getMessage());
        }
        try {
            List<Integer> l = new ArrayList<>();
            l.get(2);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        try {
            Iterator<String> it = new ArrayList<String>().iterator();
            it.next();
        } catch (NoSuchElementException e) {
            System.out.println("NSEE");
        }
        try { throw new Error("custom error"); } catch (Throwable t) { System.out.println(t); }
        String s = null;
        try { s.length(); } catch (NullPointerException e) { System.out.println("npe caught"); }
        int[] data = {5, 3, 8};
        try { data[3] = 1; } catch (ArrayIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { Object o = "x"; Integer i = (Integer) o; } catch (ClassCastException e) { System.out.println("cce"); }
        try { System.out.println(10 / (data.length - 3)); } catch (ArithmeticException e) { System.out.println(e); }
        System.out.println(depth(1000));
    }
}
