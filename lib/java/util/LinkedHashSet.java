/* java.util.LinkedHashSet: a HashSet in insertion order (the keys of a
 * LinkedHashMap). */
public class LinkedHashSet<E> extends HashSet<E> implements Set<E> {
    public LinkedHashSet() { super(new LinkedHashMap<>(16, .75f)); }
    public LinkedHashSet(int initialCapacity) { super(new LinkedHashMap<>(initialCapacity, .75f)); }
    public LinkedHashSet(int initialCapacity, float loadFactor) {
        super(new LinkedHashMap<>(initialCapacity, loadFactor));
    }
    public LinkedHashSet(Collection<? extends E> c) {
        super(new LinkedHashMap<>(Math.max(2 * c.size(), 11), .75f));
        addAll(c);
    }
}
