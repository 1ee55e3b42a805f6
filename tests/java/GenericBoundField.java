import java.util.ArrayList;
import java.util.List;

// Fields read and written through an expression whose type is a type
// variable with a class bound (JLS 4.4: the members of E are those of its
// bound).
public class GenericBoundField {
    static class Cell {
        int value;
        String name = "cell";
        Cell next;
    }
    static class Counter extends Cell {
        int extra = 7;
    }

    static <E extends Cell> E bump(E c, int by) {
        c.value += by;
        c.name = c.name + "+" + by;
        return c;
    }

    static <E extends Cell> int total(List<E> cells) {
        int sum = 0;
        for (E c : cells) sum += c.value;
        return sum;
    }

    static class Chain<T extends Cell> {
        T head;
        void link(T a, T b) {
            a.next = b;
            head = a;
        }
        int lengthFromHead() {
            int n = 0;
            for (Cell c = head; c != null; c = c.next) n++;
            return n;
        }
    }

    public static void main(String[] args) {
        Counter c = bump(new Counter(), 5);
        System.out.println(c.value + " " + c.name + " " + c.extra);
        List<Counter> list = new ArrayList<>();
        for (int i = 0; i < 4; i++) list.add(bump(new Counter(), i * 10));
        System.out.println(total(list));
        Chain<Counter> chain = new Chain<>();
        chain.link(list.get(0), list.get(1));
        chain.link(list.get(2), list.get(0));
        System.out.println(chain.lengthFromHead() + " " + chain.head.value + " " + chain.head.next.name);
    }
}
