// Generics with primitive arguments: a user Stack<Integer>, a
// Pair<Integer, Double>, Box<Integer> with the diamond, and generic
// methods called with an int (T = Integer).
class Stack<T> {
    private Object[] items = new Object[2];
    private int size;
    void push(T x) {
        if (size == items.length) {
            Object[] bigger = new Object[size * 2];
            for (int i = 0; i < size; i++) bigger[i] = items[i];
            items = bigger;
        }
        items[size++] = x;
    }
    T pop() { return (T) items[--size]; }
    T peek() { return (T) items[size - 1]; }
    boolean isEmpty() { return size == 0; }
    int size() { return size; }
}

class Pair<A, B> {
    final A first;
    final B second;
    Pair(A first, B second) { this.first = first; this.second = second; }
    A getFirst() { return first; }
    B getSecond() { return second; }
    public String toString() { return "(" + first + ", " + second + ")"; }
}

class Box<T> {
    private T value;
    Box(T value) { this.value = value; }
    T get() { return value; }
    void set(T value) { this.value = value; }
}

public class BoxGenerics {
    static <T> T identity(T x) { return x; }
    static <T> Box<T> boxOf(T x) { return new Box<>(x); }
    static <T extends Comparable<T>> T larger(T a, T b) { return a.compareTo(b) >= 0 ? a : b; }

    static int sum(Stack<Integer> s) {
        int total = 0;
        while (!s.isEmpty()) total += s.pop();
        return total;
    }

    public static void main(String[] args) {
        Stack<Integer> s = new Stack<>();
        for (int i = 1; i <= 10; i++) s.push(i * i);
        System.out.println(s.size() + " " + s.peek());
        int top = s.peek() + 1;
        System.out.println(top);
        System.out.println(sum(s));

        Pair<Integer, Double> p = new Pair<>(3, 4.5);
        double product = p.getFirst() * p.getSecond();
        System.out.println(p + " " + product + " " + (p.first + 1) + " " + (p.second > 4));
        Pair<Character, Boolean> q = new Pair<>('z', true);
        if (q.getSecond()) System.out.println(q.getFirst() + " " + (char) (q.getFirst() - 1));

        Box<Integer> b = new Box<>(5);
        int v = b.get() + 1;
        System.out.println(v);
        b.set(b.get() * 100);
        System.out.println(b.get());
        Integer same = b.get();
        System.out.println(same == b.get());
        Box<Long> bl = new Box<Long>(1L << 33);
        long lv = bl.get() >> 1;
        System.out.println(lv);

        int x = identity(41) + 1;
        System.out.println(x);
        Integer y = identity(7);
        System.out.println(y);
        System.out.println(identity('c'));
        System.out.println(identity(2.5) * 2);
        Box<Integer> bb = boxOf(9);
        System.out.println(bb.get() + bb.get());
        System.out.println(larger(3, 8) + " " + larger('q', 'b') + " " + larger(2.5, -1.0));

        Stack<Double> ds = new Stack<>();
        ds.push(1.5);
        ds.push(2.0);
        double dsum = ds.pop() + ds.pop();
        System.out.println(dsum);
        Stack<Boolean> flags = new Stack<>();
        flags.push(true);
        flags.push(false);
        System.out.println(flags.pop() || flags.pop());
    }
}
