/* java.util.HashSet: the keys of a HashMap (so the JVM's iteration order);
 * LinkedHashSet passes a LinkedHashMap. */
public class HashSet<E> extends AbstractSet<E> implements Set<E>, java.io.Serializable {
    private static final Object PRESENT = new Object();
    private final HashMap<E, Object> map;
    public HashSet() { map = new HashMap<>(); }
    public HashSet(int initialCapacity) { map = new HashMap<>(initialCapacity); }
    public HashSet(int initialCapacity, float loadFactor) { map = new HashMap<>(initialCapacity, loadFactor); }
    public HashSet(Collection<? extends E> c) {
        map = new HashMap<>(Math.max((int) (c.size() / .75f) + 1, 16));
        addAll(c);
    }
    HashSet(HashMap<E, Object> map) { this.map = map; }

    public int size() { return map.size(); }
    public boolean isEmpty() { return map.isEmpty(); }
    public boolean contains(Object o) { return map.containsKey(o); }
    public boolean add(E e) { return map.put(e, PRESENT) == null; }
    public boolean remove(Object o) { return map.remove(o) == PRESENT; }
    public void clear() { map.clear(); }
    public Iterator<E> iterator() { return map.keySet().iterator(); }
}
