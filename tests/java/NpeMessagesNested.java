import java.util.function.Function;
import java.util.function.Supplier;

// Helpful NullPointerException messages in lambdas (javac's synthetic
// methods: captured variables first), anonymous and inner classes
// (captured copies val$x, the outer instance this$0), constructors.
public class NpeMessagesNested {
    String title;
    Node head;

    static class Node {
        Node next;
        String text;
        Node(String text, Node next) {
            this.text = text;
            this.next = next;
            try { next.text.length(); } catch (NullPointerException e) { report("constructor parameter", e); }
        }
    }

    enum Level {
        LOW("low"), HIGH(null);
        final int size;
        final String failure;   // (enums are initialised before main: printed later)
        Level(String name) {
            int n = -1;
            String m = "none";
            try { n = name.length(); } catch (NullPointerException e) { m = e.getMessage(); }
            size = n;
            failure = m;
        }
    }

    class Inner {
        String own;
        void check(String arg) {
            try { title.length(); } catch (NullPointerException e) { report("outer field", e); }
            try { own.length(); } catch (NullPointerException e) { report("inner field", e); }
            try { arg.length(); } catch (NullPointerException e) { report("inner parameter", e); }
            Runnable r = () -> title.trim();
            run("lambda in inner class", r);
        }
    }

    static void report(String what, Exception e) { System.out.println(what + ": " + e.getMessage()); }

    static void run(String what, Runnable r) {
        try { r.run(); } catch (NullPointerException e) { report(what, e); }
    }

    void members() {
        run("lambda using this", () -> title.length());
        run("lambda chain", () -> System.out.println(head.next.text));
        String local = null;
        run("anonymous class capture", new Runnable() {
            public void run() { local.isBlank(); }
        });
        new Inner().check(null);
    }

    public static void main(String[] args) {
        String a = null;
        int n = 4;
        String b = null;
        run("captured first", () -> a.length());
        run("second captured", () -> System.out.println(n + b.length()));
        run("order of first use", () -> System.out.println(b.length() + a.length()));
        run("lambda local", () -> { String mine = null; mine.length(); });
        run("lambda local after captures", () -> { String mine = null; System.out.println(n); mine.length(); });
        Function<String, Integer> len = s -> s.length();
        try { len.apply(null); } catch (NullPointerException e) { report("lambda parameter", e); }
        Function<String, Integer> both = s -> s.length() + a.length();
        try { both.apply("xy"); } catch (NullPointerException e) { report("captured before parameter", e); }
        Supplier<String> nested = () -> {
            String inner = null;
            Runnable r = () -> inner.strip();
            run("nested lambda", r);
            return "done";
        };
        System.out.println(nested.get());
        new Node("one", null);
        System.out.println(Level.HIGH.size + " " + Level.LOW.size + " " + Level.HIGH.failure);
        new NpeMessagesNested().members();
    }
}
