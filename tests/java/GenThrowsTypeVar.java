import java.util.*;
import java.util.function.*;

public class GenThrowsTypeVar {
    static class MyChecked extends Exception {
        MyChecked(String m) { super(m); }
    }

    static class Holder<T> {
        final T v;
        Holder(T v) { this.v = v; }
        <X extends Throwable> T orElseThrow(Supplier<? extends X> s) throws X {
            if (v != null) return v;
            throw s.get();
        }
    }

    static <X extends Exception> void maybe(boolean b, X x) throws X {
        if (b) throw x;
        System.out.println("not thrown");
    }

    interface Action<E extends Exception> {
        void run() throws E;
    }

    static <E extends Exception> void exec(Action<E> a) throws E {
        a.run();
    }

    static String check() throws MyChecked {
        Holder<String> h = new Holder<>(null);
        return h.orElseThrow(() -> new MyChecked("missing"));
    }

    public static void main(String[] args) {
        Optional<String> opt = Optional.of("here");
        System.out.println(opt.orElseThrow(IllegalStateException::new));
        Optional<String> none = Optional.empty();
        try {
            none.orElseThrow(() -> new IllegalArgumentException("gone"));
        } catch (IllegalArgumentException e) {
            System.out.println("caught " + e.getMessage());
        }
        try {
            none.orElseThrow(IllegalStateException::new);
        } catch (IllegalStateException e) {
            System.out.println("caught2 " + e);
        }
        Holder<Integer> h = new Holder<>(3);
        System.out.println(h.orElseThrow(RuntimeException::new) + 1);
        try {
            System.out.println(check());
        } catch (MyChecked e) {
            System.out.println("checked " + e.getMessage());
        }
        maybe(false, new RuntimeException("r"));
        try {
            maybe(true, new MyChecked("m"));
        } catch (MyChecked e) {
            System.out.println("maybe " + e.getMessage());
        }
        exec(() -> System.out.println("ran"));
        Action<MyChecked> act = () -> { throw new MyChecked("in action"); };
        try {
            act.run();
        } catch (MyChecked e) {
            System.out.println("action " + e.getMessage());
        }
        try {
            GenThrowsTypeVar.<MyChecked>exec(act);
        } catch (MyChecked e) {
            System.out.println("exec " + e.getMessage());
        }
        try {
            Holder<String> e = new Holder<>(null);
            e.<UnsupportedOperationException>orElseThrow(() -> new UnsupportedOperationException("uoe"));
        } catch (UnsupportedOperationException e) {
            System.out.println(e);
        }
        System.out.println(Optional.of(5).orElseThrow() * 2);
    }
}
