import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;

public class ExHashTable<K, V> implements Iterable<K> {
    private static class Entry<K, V> {
        final K key;
        V value;
        Entry<K, V> next;
        Entry(K key, V value, Entry<K, V> next) { this.key = key; this.value = value; this.next = next; }
    }

    private Entry<K, V>[] buckets;
    private int size;
    private int resizes;

    @SuppressWarnings("unchecked")
    public ExHashTable(int capacity) {
        buckets = (Entry<K, V>[]) new Entry[capacity];
    }

    private int index(Object key, int len) {
        return (Objects.hashCode(key) & 0x7fffffff) % len;
    }

    public V put(K key, V value) {
        int i = index(key, buckets.length);
        for (Entry<K, V> e = buckets[i]; e != null; e = e.next) {
            if (Objects.equals(e.key, key)) {
                V old = e.value;
                e.value = value;
                return old;
            }
        }
        buckets[i] = new Entry<>(key, value, buckets[i]);
        if (++size > buckets.length * 3 / 4) resize();
        return null;
    }

    public V get(K key) {
        for (Entry<K, V> e = buckets[index(key, buckets.length)]; e != null; e = e.next)
            if (Objects.equals(e.key, key)) return e.value;
        return null;
    }

    public boolean remove(K key) {
        int i = index(key, buckets.length);
        Entry<K, V> prev = null;
        for (Entry<K, V> e = buckets[i]; e != null; prev = e, e = e.next) {
            if (Objects.equals(e.key, key)) {
                if (prev == null) buckets[i] = e.next; else prev.next = e.next;
                size--;
                return true;
            }
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    private void resize() {
        Entry<K, V>[] old = buckets;
        buckets = (Entry<K, V>[]) new Entry[old.length * 2 + 1];
        resizes++;
        for (Entry<K, V> head : old) {
            for (Entry<K, V> e = head; e != null; e = e.next) {
                int i = index(e.key, buckets.length);
                buckets[i] = new Entry<>(e.key, e.value, buckets[i]);
            }
        }
    }

    public int size() { return size; }

    @Override
    public Iterator<K> iterator() {
        return new Iterator<>() {
            int b = -1;
            Entry<K, V> e = null;
            { advance(); }
            private void advance() {
                if (e != null) e = e.next;
                while (e == null && ++b < buckets.length) e = buckets[b];
            }
            public boolean hasNext() { return e != null; }
            public K next() {
                if (e == null) throw new NoSuchElementException();
                K k = e.key;
                advance();
                return k;
            }
        };
    }

    static final class Point {
        final int x, y;
        Point(int x, int y) { this.x = x; this.y = y; }
        @Override public boolean equals(Object o) {
            if (this == o) return true;
            if (!(o instanceof Point)) return false;
            Point p = (Point) o;
            return x == p.x && y == p.y;
        }
        @Override public int hashCode() { return Objects.hash(x, y); }
        @Override public String toString() { return "(" + x + "," + y + ")"; }
    }

    public static void main(String[] args) {
        ExHashTable<String, Integer> t = new ExHashTable<>(4);
        String[] keys = { "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa" };
        for (int i = 0; i < keys.length; i++) t.put(keys[i], i * 10);
        System.out.println("size=" + t.size() + " resizes=" + t.resizes + " buckets=" + t.buckets.length);
        System.out.println(t.put("beta", 11) + " " + t.get("beta") + " " + t.get("omega"));
        System.out.println(t.remove("gamma") + " " + t.remove("gamma") + " " + t.size());
        int n = 0;
        for (String k : t) n += k.length();
        System.out.println("total key length " + n);
        t.put(null, -1);
        System.out.println("null key -> " + t.get(null));
        ExHashTable<Point, String> pts = new ExHashTable<>(8);
        pts.put(new Point(1, 2), "a");
        pts.put(new Point(2, 1), "b");
        pts.put(new Point(1, 2), "c");
        System.out.println(pts.size() + " " + pts.get(new Point(1, 2)) + " " + new Point(1, 2).hashCode() + " " + Objects.hash(1, 2, 3) + " " + "alpha".hashCode());
        System.out.println(Objects.hashCode(null) + " " + Objects.equals(null, null) + " " + Boolean.hashCode(true) + " " + Double.hashCode(1.5) + " " + Long.hashCode(1L << 40));
    }
}
