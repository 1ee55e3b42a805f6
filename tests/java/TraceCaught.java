import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

public class TraceCaught {
    static class Resource implements AutoCloseable {
        private final String name;
        Resource(String name) { this.name = name; }
        public void close() {
            throw new IllegalStateException("closing " + name);
        }
    }

    static class CheckedProblem extends Exception {
        CheckedProblem(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static class Quiet extends RuntimeException {
        Quiet(String message) { super(message); }
        @Override
        public Throwable fillInStackTrace() { return this; }
    }

    interface Shape {
        double area();
        default double checkedArea() {
            double a = area();
            if (a < 0) throw new ArithmeticException("negative area " + a);
            return a;
        }
    }

    static final class Square implements Shape {
        private final double side;
        Square(double side) {
            if (Double.isNaN(side)) throw new IllegalArgumentException("side is NaN");
            this.side = side;
        }
        public double area() { return side < 0 ? -side * side : side * side; }
    }

    class Inner {
        int divide(int a, int b) { return a / b; }
    }

    int[] data = new int[4];
    {
        data[0] = 7;
    }

    static int at(int[] a, int i) {
        return a[i];
    }

    static int level3(int x) {
        if (x > 2) throw new UnsupportedOperationException("level " + x);
        return x;
    }

    static int level2(int x) {
        return level3(x + 1) * 2;
    }

    static int level1(int x) {
        try {
            return level2(x + 1);
        } catch (UnsupportedOperationException e) {
            throw new IllegalStateException("wrapped", e);
        }
    }

    static void checked(int x) throws CheckedProblem {
        try {
            level1(x);
        } catch (IllegalStateException e) {
            throw new CheckedProblem("checked at " + x, e);
        }
    }

    static void show(Throwable t) {
        System.out.println("== " + t);
        StackTraceElement[] frames = t.getStackTrace();
        int own = 0;
        for (StackTraceElement f : frames)
            if (!f.getClassName().startsWith("java.")) own++;
        System.out.println("frames: " + own);
        if (frames.length > 0) {
            StackTraceElement top = frames[0];
            System.out.println("top: " + top.getClassName() + " " + top.getMethodName() + " " + top.getFileName() + " "
                               + top.getLineNumber());
        }
        System.out.flush();
        t.printStackTrace();
    }

    public static void main(String[] args) {
        try {
            at(new int[2], 5);
        } catch (ArrayIndexOutOfBoundsException e) {
            show(e);
        }
        try {
            new TraceCaught().new Inner().divide(1, 0);
        } catch (ArithmeticException e) {
            show(e);
        }
        try {
            checked(1);
        } catch (CheckedProblem e) {
            show(e);
        }
        try (Resource a = new Resource("a"); Resource b = new Resource("b")) {
            throw new RuntimeException("body");
        } catch (RuntimeException e) {
            show(e);
        }
        try {
            Shape s = new Square(-2);
            s.checkedArea();
        } catch (ArithmeticException e) {
            show(e);
        }
        try {
            new Square(Double.NaN);
        } catch (IllegalArgumentException e) {
            show(e);
        }
        try {
            Object o = "text";
            Integer i = (Integer) o;
            System.out.println(i);
        } catch (ClassCastException e) {
            show(e);
        }
        try {
            String s = args.length > 100 ? "x" : null;
            System.out.println(s.length());
        } catch (NullPointerException e) {
            show(e);
        }
        try {
            IntUnaryOperator op = v -> level3(v * 10);
            op.applyAsInt(1);
        } catch (UnsupportedOperationException e) {
            show(e);
        }
        try {
            List<Integer> list = new ArrayList<>();
            list.add(1);
            list.forEach(v -> level3(v + 5));
        } catch (UnsupportedOperationException e) {
            show(e);
        }
        try {
            throw new Quiet("no trace");
        } catch (Quiet e) {
            show(e);
        }
        RuntimeException saved = new RuntimeException("made here");
        try {
            throw saved;
        } catch (RuntimeException e) {
            show(e);
        }
        RuntimeException set = new RuntimeException("set trace");
        set.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("a.B", "c", "B.java", 12), new StackTraceElement("a.B", "d", null, -1) });
        show(set);
        Error cycle1 = new Error("one");
        Error cycle2 = new Error("two", cycle1);
        cycle1.initCause(cycle2);
        show(cycle1);
        System.out.println(new StackTraceElement("X", "y", "X.java", 3).equals(new StackTraceElement("X", "y", "X.java", 3)));
        System.out.println(new StackTraceElement("X", "y", "X.java", 3).hashCode());
    }
}
