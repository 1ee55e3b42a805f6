import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedList;

/* Deque.removeFirstOccurrence / removeLastOccurrence on LinkedList (which
 * holds nulls and compares with equals) and ArrayDeque (no nulls). */
public class DequeRemoveOccurrence {
    /* equal to every Key of the same text, whatever its case */
    static final class Key {
        final String text;
        Key(String text) { this.text = text; }
        @Override public boolean equals(Object o) { return o instanceof Key && ((Key) o).text.equalsIgnoreCase(text); }
        @Override public int hashCode() { return text.toLowerCase().hashCode(); }
        @Override public String toString() { return text; }
    }

    static void show(String label, Deque<?> d) {
        StringBuilder back = new StringBuilder();
        for (Iterator<?> it = d.descendingIterator(); it.hasNext(); ) back.append(it.next()).append(' ');
        System.out.println(label + " " + d + " back " + back + "size " + d.size() + " first " + d.peekFirst() + " last " + d.peekLast());
    }

    static void exercise(String name, Deque<String> d) {
        for (String s : "b a c a b a".split(" ")) d.addLast(s);
        d.addFirst("z");
        show(name, d);
        System.out.println(d.removeFirstOccurrence("a") + " " + d.removeLastOccurrence("a"));
        show(name, d);
        System.out.println(d.removeLastOccurrence("b") + " " + d.removeFirstOccurrence("q") + " " + d.removeLastOccurrence("q"));
        show(name, d);
        System.out.println(d.removeFirstOccurrence("z") + " " + d.removeLastOccurrence("c") + " " + d.removeFirstOccurrence(null));
        show(name, d);
        System.out.println(d.removeLastOccurrence("a") + " " + d.removeFirstOccurrence("b") + " " + d.removeFirstOccurrence("b"));
        show(name, d);
        System.out.println(d.isEmpty() + " " + d.removeLastOccurrence("a") + " " + d.pollFirst());
    }

    public static void main(String[] args) {
        exercise("LinkedList", new LinkedList<>());
        exercise("ArrayDeque", new ArrayDeque<>());

        LinkedList<String> withNulls = new LinkedList<>();
        withNulls.add(null);
        withNulls.add("x");
        withNulls.add(null);
        withNulls.add("y");
        System.out.println(withNulls.removeLastOccurrence(null) + " " + withNulls + " " + withNulls.removeFirstOccurrence(null) + " " + withNulls);
        System.out.println(withNulls.removeFirstOccurrence(null) + " " + withNulls.indexOf("y"));
        Deque<String> dq = new ArrayDeque<>(java.util.List.of("p", "q", "r", "s"));
        for (Iterator<String> it = dq.descendingIterator(); it.hasNext(); )
            if (!it.next().equals("s")) it.remove();
        System.out.println(dq);

        ArrayDeque<Key> keys = new ArrayDeque<>();
        for (String s : new String[]{"Red", "green", "RED", "blue", "red"}) keys.offerLast(s.isEmpty() ? null : new Key(s));
        System.out.println(keys.removeFirstOccurrence(new Key("red")) + " " + keys);
        System.out.println(keys.removeLastOccurrence(new Key("RED")) + " " + keys + " " + keys.removeLastOccurrence("red"));
        System.out.println(keys.remove(new Key("BLUE")) + " " + keys + " " + keys.contains(new Key("Green")));

        /* wrap around the circular array before removing from the middle */
        ArrayDeque<Integer> ring = new ArrayDeque<>(4);
        for (int i = 0; i < 6; i++) ring.addLast(i);
        for (int i = 0; i < 4; i++) ring.addLast(ring.pollFirst());
        for (int i = 10; i < 13; i++) ring.addFirst(i);
        System.out.println(ring);
        System.out.println(ring.removeFirstOccurrence(3) + " " + ring.removeLastOccurrence(12) + " " + ring.removeLastOccurrence(0) + " " + ring);
        ring.addLast(11);
        System.out.println(ring.removeLastOccurrence(11) + " " + ring + " " + ring.peekLast() + " " + ring.removeFirstOccurrence(11) + " " + ring);
    }
}
