import java.util.*;
import java.util.function.*;

public class OrdinaryGenerics {
    @FunctionalInterface interface Transformer<A, B> { B apply(A a); default <C> Transformer<A, C> then(Transformer<? super B, ? extends C> next) { return a -> next.apply(apply(a)); } }
    static class MyList<T> implements Iterable<T> {
        private class Node { T value; Node next; Node(T v) { value = v; } }
        private Node head, tail; private int size;
        void add(T v) { Node n = new Node(v); if (head == null) head = tail = n; else { tail.next = n; tail = n; } size++; }
        T get(int i) { if (i < 0 || i >= size) throw new IndexOutOfBoundsException("Index: " + i + ", Size: " + size); Node n = head; while (i-- > 0) n = n.next; return n.value; }
        public Iterator<T> iterator() {
            return new Iterator<T>() {
                Node cur = head;
                public boolean hasNext() { return cur != null; }
                public T next() { if (cur == null) throw new NoSuchElementException(); T v = cur.value; cur = cur.next; return v; }
            };
        }
        <R> MyList<R> map(Function<? super T, ? extends R> f) { MyList<R> r = new MyList<>(); for (T t : this) r.add(f.apply(t)); return r; }
        static <E extends Comparable<? super E>> E max(MyList<E> l) { E best = null; for (E e : l) if (best == null || e.compareTo(best) > 0) best = e; return best; }
        @Override public String toString() { StringJoiner j = new StringJoiner(", ", "[", "]"); for (T t : this) j.add(String.valueOf(t)); return j.toString(); }
    }
    static final class Pizza {
        private final String size; private final List<String> toppings; private final boolean extraCheese;
        private Pizza(Builder b) { size = b.size; toppings = List.copyOf(b.toppings); extraCheese = b.extraCheese; }
        static Builder builder(String size) { return new Builder(size); }
        static final class Builder {
            private final String size; private final List<String> toppings = new ArrayList<>(); private boolean extraCheese;
            private Builder(String size) { this.size = size; }
            Builder topping(String t) { toppings.add(t); return this; }
            Builder cheese() { extraCheese = true; return this; }
            Pizza build() { if (toppings.size() > 3) throw new IllegalStateException("too many toppings: " + toppings.size()); return new Pizza(this); }
        }
        @Override public boolean equals(Object o) { if (this == o) return true; if (!(o instanceof Pizza)) return false; Pizza p = (Pizza) o; return extraCheese == p.extraCheese && size.equals(p.size) && toppings.equals(p.toppings); }
        @Override public int hashCode() { return Objects.hash(size, toppings, extraCheese); }
        @Override public String toString() { return size + toppings + (extraCheese ? "+cheese" : ""); }
    }
    static double sumAll(Collection<? extends Number> c) { double s = 0; for (Number n : c) s += n.doubleValue(); return s; }
    static void fill(List<? super Integer> l, int n) { for (int i = 0; i < n; i++) l.add(i * i); }
    static <K, V extends Comparable<V>> K argMax(Map<K, V> m) { return m.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElseThrow(); }
    static class AppException extends Exception { AppException(String m, Throwable cause) { super(m, cause); } }
    static int parse(String s) throws AppException {
        try { return Integer.parseInt(s.trim()); }
        catch (NumberFormatException e) { throw new AppException("bad number '" + s + "'", e); }
    }
    public static void main(String[] args) {
        MyList<String> names = new MyList<>();
        for (String s : new String[] {"kiwi", "apple", "fig", "banana"}) names.add(s);
        MyList<Integer> lens = names.map(String::length);
        System.out.println(names + " " + lens + " " + MyList.max(names) + " " + MyList.max(lens) + " " + names.get(2));
        try { names.get(9); } catch (IndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        Iterator<String> it = new MyList<String>().iterator();
        try { it.next(); } catch (NoSuchElementException e) { System.out.println("empty: " + e); }
        Transformer<String, Integer> len = String::length;
        Transformer<String, String> t = len.then(n -> n * n).then(n -> "sq=" + n);
        System.out.println(t.apply("hello"));
        Pizza p1 = Pizza.builder("large").topping("ham").topping("olive").cheese().build();
        Pizza p2 = Pizza.builder("large").topping("ham").topping("olive").cheese().build();
        Set<Pizza> set = new HashSet<>(List.of(p1)); 
        System.out.println(p1 + " " + p1.equals(p2) + " " + set.contains(p2) + " " + (p1.hashCode() == p2.hashCode()));
        try { Pizza.builder("s").topping("a").topping("b").topping("c").topping("d").build(); } catch (IllegalStateException e) { System.out.println(e.getMessage()); }
        List<Number> numbers = new ArrayList<>(); fill(numbers, 5); numbers.add(2.5);
        System.out.println(numbers + " " + sumAll(numbers) + " " + sumAll(Set.of(1L)) + " " + argMax(Map.of("a", 3, "b", 8, "c", 5)));
        for (String s : new String[] {" 12 ", "x1"}) {
            try { System.out.println(parse(s)); }
            catch (AppException e) { System.out.println(e.getMessage() + " caused by " + e.getCause().getClass().getName() + ": " + e.getCause().getMessage()); }
        }
        Map<Character, List<String>> byFirst = new TreeMap<>(Comparator.reverseOrder());
        for (String s : names) byFirst.computeIfAbsent(s.charAt(0), k -> new ArrayList<>()).add(s);
        System.out.println(byFirst);
        Supplier<List<String>> sup = ArrayList::new; List<String> fresh = sup.get(); fresh.add("z");
        UnaryOperator<String> up = String::toUpperCase; BinaryOperator<Integer> add = Integer::sum; Predicate<String> empty = String::isEmpty;
        System.out.println(fresh + up.apply("q") + add.apply(2, 3) + empty.negate().test("") + Function.<Integer>identity().andThen(x -> x + 1).apply(1));
        Optional<String> o = names.get(0).length() > 3 ? Optional.of("long") : Optional.empty();
        System.out.println(o.map(String::length).filter(x -> x > 2).orElseGet(() -> -1) + " " + Optional.ofNullable(null).isPresent());
        int[] counter = {0};
        Runnable r = () -> counter[0]++;
        for (int i = 0; i < 3; i++) r.run();
        System.out.println(counter[0]);
    }
}
