/* java.util.HashSet: the keys of a HashMap (so the JVM's iteration order). */
public class HashSet<E> implements Set<E> {
    private static final Object PRESENT = new Object();
    private final HashMap<E, Object> map;
    public HashSet() { map = new HashMap<>(); }
    public HashSet(int initialCapacity) { map = new HashMap<>(initialCapacity); }
    public HashSet(Collection<E> c) {
        map = new HashMap<>(Math.max((int) (c.size() / .75f) + 1, 16));
        for (E e : c) add(e);
    }
    public int size() { return map.size(); }
    public boolean isEmpty() { return map.isEmpty(); }
    public boolean contains(Object o) { return map.containsKey(o); }
    public boolean add(E e) { return map.put(e, PRESENT) == null; }
    public boolean remove(Object o) { return map.remove(o) == PRESENT; }
    public void clear() { map.clear(); }
    public Iterator<E> iterator() { return map.keySet().iterator(); }
    public boolean equals(Object o) {
        if (o == this) return true;
        if (!(o instanceof Set)) return false;
        Set<?> s = (Set<?>) o;
        if (s.size() != size()) return false;
        for (E e : this) if (!s.contains(e)) return false;
        return true;
    }
    public int hashCode() {
        int h = 0;
        for (E e : this) if (e != null) h += e.hashCode();
        return h;
    }
    public String toString() { return map.keySet().toString(); }
}
