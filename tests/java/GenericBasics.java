public class GenericBasics {
    static class Box<T> {
        private T value;
        Box(T value) { this.value = value; }
        T get() { return value; }
        void set(T v) { value = v; }
        <R> Box<R> map(Fn<T, R> f) { return new Box<R>(f.apply(value)); }
        public String toString() { return "Box(" + value + ")"; }
    }
    interface Fn<A, B> { B apply(A a); }
    static class Upper implements Fn<String, String> { public String apply(String s) { return s + "!"; } }
    static class Pair<A, B> {
        final A first; final B second;
        Pair(A a, B b) { first = a; second = b; }
        A first() { return first; }
        B second() { return second; }
    }
    interface Shape extends Comparable<Shape> { double area(); }
    interface Comparable<T> { int compareTo(T other); }
    static class Sq implements Shape {
        double s; Sq(double s) { this.s = s; }
        public double area() { return s * s; }
        public int compareTo(Shape o) { return area() < o.area() ? -1 : area() > o.area() ? 1 : 0; }
        public String toString() { return "Sq" + s; }
    }
    static <T extends Comparable<T>> T max(T[] xs) {
        T best = xs[0];
        for (T x : xs) if (x.compareTo(best) > 0) best = x;
        return best;
    }
    static <T> T first(T[] xs) { return xs[0]; }
    static class Stack<E> {
        private Object[] items = new Object[2];
        private int n;
        void push(E e) {
            if (n == items.length) { Object[] bigger = new Object[n * 2]; System.arraycopy(items, 0, bigger, 0, n); items = bigger; }
            items[n++] = e;
        }
 E pop() { return (E) items[--n]; }
        boolean isEmpty() { return n == 0; }
    }
    public static void main(String[] args) {
        Box<String> b = new Box<String>("hi");
        String s = b.get();
        System.out.println(s + " " + s.length() + " " + b);
        b.set("there");
        System.out.println(b.get().length());
        Box<String> u = b.map(new Upper());
        System.out.println(u.get());
        Pair<String, Box<String>> p = new Pair<>("k", b);
        System.out.println(p.first() + " " + p.second().get());
        Shape[] shapes = { new Sq(2), new Sq(5), new Sq(3) };
        System.out.println(max(shapes));
        String[] words = { "x", "y" };
        System.out.println(first(words).length());
        Stack<String> st = new Stack<>();
        for (String w : new String[] { "a", "b", "c", "d", "e" }) st.push(w);
        String out = "";
        while (!st.isEmpty()) out += st.pop();
        System.out.println(out);
    }
}
