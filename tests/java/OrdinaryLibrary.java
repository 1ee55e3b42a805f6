import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class OrdinaryLibrary {
    static class LruCache<K, V> extends LinkedHashMap<K, V> {
        private final int capacity;
        LruCache(int capacity) { super(16, 0.75f, true); this.capacity = capacity; }
        @Override protected boolean removeEldestEntry(Map.Entry<K, V> eldest) { return size() > capacity; }
    }
    static class BookNotFoundException extends Exception {
        BookNotFoundException(String isbn) { super("No book with ISBN " + isbn); }
    }
    interface Borrowable { boolean isAvailable(); default String status() { return isAvailable() ? "in" : "out"; } }
    static abstract class Item implements Comparable<Item>, Borrowable {
        private static int nextId = 1;
        protected final int id;
        protected final String title;
        private boolean out;
        Item(String title) { this.id = nextId++; this.title = title; }
        abstract double lateFee(int days);
        public boolean isAvailable() { return !out; }
        void checkout() { if (out) throw new IllegalStateException(title + " is already out"); out = true; }
        void giveBack() { out = false; }
        @Override public int compareTo(Item o) { return title.compareToIgnoreCase(o.title); }
        @Override public boolean equals(Object o) { return o instanceof Item i && i.title.equals(title); }
        @Override public int hashCode() { return Objects.hash(title); }
        @Override public String toString() { return String.format("#%d %-22s [%s]", id, title, status()); }
    }
    static class Book extends Item {
        final String isbn; final int pages;
        Book(String title, String isbn, int pages) { super(title); this.isbn = isbn; this.pages = pages; }
        double lateFee(int days) { return Math.min(days * 0.25, 10.0); }
    }
    static class Dvd extends Item {
        final int minutes;
        Dvd(String title, int minutes) { super(title); this.minutes = minutes; }
        double lateFee(int days) { return days * 1.5; }
        @Override public String toString() { return super.toString() + " (" + minutes + " min)"; }
    }
    private final Map<String, Book> byIsbn = new HashMap<>();
    private final List<Item> items = new ArrayList<>();
    private final Deque<String> log = new ArrayDeque<>();

    void add(Item it) {
        items.add(it);
        if (it instanceof Book b) byIsbn.put(b.isbn, b);
    }
    Book find(String isbn) throws BookNotFoundException {
        Book b = byIsbn.get(isbn);
        if (b == null) throw new BookNotFoundException(isbn);
        return b;
    }
    public static void main(String[] args) {
        OrdinaryLibrary lib = new OrdinaryLibrary();
        lib.add(new Book("The Pragmatic Programmer", "978-0201616224", 352));
        lib.add(new Book("Clean Code", "978-0132350884", 464));
        lib.add(new Dvd("Hackers", 105));
        lib.add(new Book("Refactoring", "978-0134757599", 448));
        lib.add(new Dvd("Sneakers", 126));
        Collections.sort(lib.items);
        lib.items.forEach(System.out::println);
        try {
            Book b = lib.find("978-0132350884");
            b.checkout();
            lib.log.push("out: " + b.title);
            b.checkout();
        } catch (BookNotFoundException | IllegalStateException e) {
            System.out.println("error: " + e.getMessage());
        }
        try {
            lib.find("000");
        } catch (BookNotFoundException e) {
            System.out.println(e);
        } finally {
            System.out.println("lookup done");
        }
        Map<Boolean, List<String>> parts = lib.items.stream()
            .collect(Collectors.partitioningBy(Item::isAvailable, Collectors.mapping(i -> i.title, Collectors.toList())));
        System.out.println(parts);
        Map<String, Long> kinds = lib.items.stream().collect(Collectors.groupingBy(i -> i.getClass().getSimpleName(), TreeMap::new, Collectors.counting()));
        System.out.println(kinds);
        int totalPages = lib.items.stream().filter(i -> i instanceof Book).mapToInt(i -> ((Book) i).pages).sum();
        OptionalDouble avg = lib.items.stream().filter(Dvd.class::isInstance).map(Dvd.class::cast).mapToInt(d -> d.minutes).average();
        System.out.printf("pages=%,d avg=%.2f max=%s%n", totalPages, avg.orElse(0), lib.items.stream().max(Comparator.comparingInt(i -> i.title.length())).map(i -> i.title).orElse("?"));
        for (int days : new int[] {0, 3, 50}) {
            StringBuilder sb = new StringBuilder();
            for (Item it : lib.items) sb.append(String.format("%6.2f", it.lateFee(days))).append(' ');
            System.out.println(days + ": " + sb.toString().trim());
        }
        LruCache<String, Integer> cache = new LruCache<>(3);
        for (String k : "a b c a d b e a".split(" ")) { cache.merge(k, 1, Integer::sum); cache.get("a"); }
        System.out.println(cache + " " + cache.keySet());
        System.out.println(lib.log + " " + new HashSet<>(lib.items).size() + " " + lib.items.get(0).equals(new Dvd("Clean Code", 1)));
        BiFunction<Integer, Integer, Integer> gcd = new BiFunction<>() {
            public Integer apply(Integer a, Integer b) { return b == 0 ? a : this.apply(b, a % b); }
        };
        System.out.println(gcd.apply(1071, 462) + " " + String.join(",", new TreeSet<>(Arrays.asList("b", "a", "c"))));
        Iterator<Item> it = lib.items.iterator();
        while (it.hasNext()) if (it.next() instanceof Dvd) it.remove();
        System.out.println(lib.items.size() + " " + lib.items.stream().map(i -> i.title.substring(0, 5).toUpperCase()).collect(Collectors.joining("|", "<", ">")));
        char[] cs = "hello world".toCharArray();
        Arrays.sort(cs);
        System.out.println(new String(cs).strip() + " " + Character.toUpperCase(cs[cs.length - 1]) + (int) cs[3] + " " + Integer.toBinaryString(42) + " " + Long.toHexString(-1L) + " " + Integer.parseInt("-0042") + " " + Double.valueOf("1e3"));
    }
}
