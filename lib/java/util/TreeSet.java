/* java.util.TreeSet: the keys of a NavigableMap: a TreeMap, or a view of
 * one (headSet, subSet, descendingSet ... and a TreeMap's navigableKeySet,
 * which cannot add: keyView). */
public class TreeSet<E> extends AbstractSet<E> implements NavigableSet<E>, java.io.Serializable {
    private final NavigableMap<E, Object> map;
    private final boolean keyView;
    private static final Object PRESENT = new Object();
    public TreeSet() { this(new TreeMap<E, Object>(), false); }
    public TreeSet(Comparator<? super E> c) { this(new TreeMap<E, Object>(c), false); }
    public TreeSet(Collection<? extends E> c) {
        this(new TreeMap<E, Object>(), false);
        addAll(c);
    }
    TreeSet(NavigableMap<E, Object> map, boolean keyView) {
        this.map = map;
        this.keyView = keyView;
    }
    public int size() { return map.size(); }
    public boolean isEmpty() { return map.isEmpty(); }
    public boolean contains(Object o) { return map.containsKey(o); }
    public boolean add(E e) {
        if (keyView) throw new UnsupportedOperationException();
        return map.put(e, PRESENT) == null;
    }
    public boolean remove(Object o) {
        if (!map.containsKey(o)) return false;
        map.remove(o);
        return true;
    }
    public void clear() { map.clear(); }
    public Iterator<E> iterator() { return map.keySet().iterator(); }
    public Iterator<E> descendingIterator() { return map.descendingMap().keySet().iterator(); }
    public Comparator<? super E> comparator() { return map.comparator(); }
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
    public NavigableSet<E> descendingSet() { return new TreeSet<E>(map.descendingMap(), keyView); }
    public NavigableSet<E> subSet(E from, boolean fromInclusive, E to, boolean toInclusive) {
        return new TreeSet<E>(map.subMap(from, fromInclusive, to, toInclusive), keyView);
    }
    public NavigableSet<E> headSet(E to, boolean inclusive) { return new TreeSet<E>(map.headMap(to, inclusive), keyView); }
    public NavigableSet<E> tailSet(E from, boolean inclusive) { return new TreeSet<E>(map.tailMap(from, inclusive), keyView); }
    public SortedSet<E> subSet(E from, E to) { return subSet(from, true, to, false); }
    public SortedSet<E> headSet(E to) { return headSet(to, false); }
    public SortedSet<E> tailSet(E from) { return tailSet(from, true); }
}
