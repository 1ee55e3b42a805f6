import java.util.Arrays;

// javac casts a generic method's result to the type its use needs, not to
// the substituted type: an E[] that is really an Object[] may be passed on
// as an Object[] (or stored in one) without a ClassCastException; used as
// a String[] it is one, on the JVM too.
public class GenericArrayWidened {
    static class Stack<E> {
        private E[] items;
        private int size;
        @SuppressWarnings("unchecked")
        Stack(int capacity) { items = (E[]) new Object[capacity]; }
        void push(E e) { items[size++] = e; }
        E[] raw() { return items; }
    }

    static int count(Object[] values) {
        int n = 0;
        for (Object v : values) if (v != null) n++;
        return n;
    }

    public static void main(String[] args) {
        Stack<String> s = new Stack<>(4);
        s.push("a");
        s.push("b");
        System.out.println(count(s.raw()));
        Object[] all = s.raw();
        System.out.println(all.length + " " + Arrays.toString(all));
        Object whole = s.raw();
        System.out.println(whole instanceof Object[]);
        try {
            String[] strings = s.raw();
            System.out.println("no exception " + strings.length);
        } catch (ClassCastException e) {
            System.out.println("ClassCastException");
        }
        try {
            System.out.println(s.raw().length);
        } catch (ClassCastException e) {
            System.out.println("ClassCastException again");
        }
    }
}
