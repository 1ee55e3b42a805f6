import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/* Inline type tests, dispatch and allocation on objects, Strings and arrays
 * seen through Object and interface types; objects of every size class
 * (one reference field: the object's last word must be traced) kept
 * alive across many collections. */
public class ObjectFastPaths {
    interface Shape { double area(); }
    interface Named { String name(); }
    static class Square implements Shape, Named {
        final double s;
        Square(double s) { this.s = s; }
        public double area() { return s * s; }
        public String name() { return "square " + s; }
        public String toString() { return "Square(" + s + ")"; }
    }
    static class Big extends Square {
        Big(double s) { super(s); }
        public String name() { return "big " + s; }
    }
    /* one reference field: 16 bytes with the class word */
    static final class Link {
        Link next;
        Link(Link next) { this.next = next; }
    }
    /* one reference and one int */
    static final class Cell {
        final int v;
        final Cell next;
        Cell(int v, Cell next) { this.v = v; this.next = next; }
    }
    /* many fields: beyond the small lists */
    static final class Wide {
        long a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, b0, b1, b2, b3, b4, b5, b6, b7, b8, b9;
        long c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, d0, d1, d2, d3, d4, d5, d6, d7, d8, d9;
        long e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, f0, f1, f2, f3, f4, f5, f6, f7, f8, f9;
        Object ref;
    }
    static final class Pair implements Comparable<Pair> {
        final long key;
        final int id;
        Pair(long key, int id) { this.key = key; this.id = id; }
        public String toString() { return "Pair(" + key + ", " + id + ")"; }
        public int compareTo(Pair o) {
            int c = Long.compare(key, o.key);
            return c != 0 ? c : Integer.compare(id, o.id);
        }
    }

    static String kinds(Object o) {
        return (o instanceof Shape) + " " + (o instanceof Named) + " " + (o instanceof Comparable) + " "
            + (o instanceof CharSequence) + " " + (o instanceof Square) + " " + (o instanceof Big);
    }

    static void typeTests() {
        Object[] things = {new Square(2), new Big(3), "text", new int[] {1, 2}, new String[] {"a"}, null,
                           Integer.valueOf(7), new Pair(1, 2), new StringBuilder("sb")};
        for (Object o : things) System.out.println(kinds(o));
        for (Object o : things) {
            try {
                Shape s = (Shape) o;
                System.out.println("shape " + (s == null ? "null" : s.area()));
            } catch (ClassCastException e) {
                System.out.println("CCE " + e.getMessage());
            }
        }
        for (Object o : things) {
            try {
                Comparable<?> c = (Comparable<?>) o;
                System.out.println("comparable " + c);
            } catch (ClassCastException e) {
                System.out.println("CCE " + e.getMessage());
            }
        }
    }

    static void dispatch() {
        Object[] things = {new Square(2), "text", new Big(1.5), "", "other text"};
        for (Object o : things) {
            System.out.println(o.toString() + " " + o.equals(things[0]) + " " + o.equals("text")
                               + " " + (o.hashCode() == things[0].hashCode()));
            if (o instanceof Named) System.out.println(((Named) o).name());
        }
        int[] arr = {3};
        Object ao = arr;
        System.out.println(ao.equals(arr) + " " + ao.equals(new int[] {3}) + " " + (ao.hashCode() == arr.hashCode()));
        List<Comparable<String>> cs = new ArrayList<>();
        cs.add("b");
        cs.add("a");
        for (Comparable<String> c : cs) System.out.println(c.compareTo("a") + " " + c.compareTo("b"));
        CharSequence seq = "hello";
        System.out.println(seq.length() + " " + seq.charAt(1) + " " + seq.subSequence(1, 3));
        seq = new StringBuilder("builder");
        System.out.println(seq.length() + " " + seq.charAt(1) + " " + seq.subSequence(1, 3));
    }

    static void compares() {
        long[] ls = {Long.MIN_VALUE, -1, 0, 1, Long.MAX_VALUE};
        for (long a : ls)
            for (long b : ls) System.out.print(Long.compare(a, b) + " ");
        System.out.println();
        int[] is = {Integer.MIN_VALUE, -5, 0, 5, Integer.MAX_VALUE};
        for (int a : is)
            for (int b : is) System.out.print(Integer.compare(a, b) + " ");
        System.out.println();
        PriorityQueue<Pair> pq = new PriorityQueue<>();
        for (int i = 0; i < 20; i++) pq.add(new Pair((i * 7919L) % 13 - 6, i));
        StringBuilder sb = new StringBuilder();
        while (!pq.isEmpty()) {
            Pair p = pq.poll();
            sb.append(p.key).append('/').append(p.id).append(' ');
        }
        System.out.println(sb);
        PriorityQueue<String> ps = new PriorityQueue<>();
        for (String s : new String[] {"pear", "apple", "fig", "kiwi", "banana"}) ps.add(s);
        while (!ps.isEmpty()) System.out.print(ps.poll() + " ");
        System.out.println();
    }

    /* Long-lived chains of small objects while much garbage is made: a
     * reference in an object's last word that the collector missed would
     * free the rest of the chain and break the sums. */
    static void survive() {
        Link links = null;
        for (int i = 0; i < 200000; i++) links = new Link(links);
        Cell cells = null;
        for (int i = 0; i < 200000; i++) cells = new Cell(i, cells);
        Wide[] wides = new Wide[1000];
        for (int i = 0; i < wides.length; i++) {
            wides[i] = new Wide();
            wides[i].a0 = i;
            wides[i].f9 = -i;
            wides[i].ref = new Link(null);
        }
        long garbage = 0;
        for (int round = 0; round < 120; round++) {
            Cell g = null;
            for (int i = 0; i < 100000; i++) g = new Cell(i, i % 1000 == 0 ? null : g);
            garbage += g.v;
            Wide w = new Wide();
            garbage += w.a0 + w.f9 + (w.ref == null ? 1 : 0);
        }
        int n = 0;
        for (Link l = links; l != null; l = l.next) n++;
        long sum = 0;
        for (Cell c = cells; c != null; c = c.next) sum += c.v;
        long wsum = 0;
        int refs = 0;
        for (Wide w : wides) {
            wsum += w.a0 - w.f9 + w.e5;
            if (w.ref instanceof Link) refs++;
        }
        System.out.println("links " + n + ", cells sum " + sum + ", wides " + wsum + " " + refs + ", garbage " + garbage);
    }

    public static void main(String[] args) {
        typeTests();
        dispatch();
        compares();
        survive();
    }
}
