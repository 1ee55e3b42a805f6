/* java.util.TreeSet: the keys of a TreeMap. */
public class TreeSet<E> extends AbstractSet<E> implements Set<E> {
    private final TreeMap<E, Object> map;
    private static final Object PRESENT = new Object();
    public TreeSet() { map = new TreeMap<>(); }
    public TreeSet(Comparator<E> c) { map = new TreeMap<>(c); }
    public TreeSet(Collection<? extends E> c) {
        map = new TreeMap<>();
        addAll(c);
    }
    public int size() { return map.size(); }
    public boolean isEmpty() { return map.isEmpty(); }
    public boolean contains(Object o) { return map.containsKey(o); }
    public boolean add(E e) { return map.put(e, PRESENT) == null; }
    public boolean remove(Object o) { return map.remove(o) != null; }
    public void clear() { map.clear(); }
    public Iterator<E> iterator() { return map.keySet().iterator(); }
    public E first() { return map.firstKey(); }
    public E last() { return map.lastKey(); }
    public E ceiling(E e) { return map.ceilingKey(e); }
    public E floor(E e) { return map.floorKey(e); }
    public E higher(E e) { return map.higherKey(e); }
    public E lower(E e) { return map.lowerKey(e); }
    public E pollFirst() {
        Map.Entry<E, Object> e = map.pollFirstEntry();
        return e == null ? null : e.getKey();
    }
    public E pollLast() {
        Map.Entry<E, Object> e = map.pollLastEntry();
        return e == null ? null : e.getKey();
    }
}
