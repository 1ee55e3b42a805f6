/* java.util.AbstractSet: equals (same size, contains each other's elements)
 * and hashCode (the sum of the elements' hash codes) of every Set. */
public abstract class AbstractSet<E> extends AbstractCollection<E> implements Set<E> {
    protected AbstractSet() {}

    public boolean equals(Object o) {
        if (o == this) return true;
        if (!(o instanceof Set)) return false;
        Collection<?> c = (Collection<?>) o;
        if (c.size() != size()) return false;
        return containsAll(c);
    }
    public int hashCode() {
        int h = 0;
        Iterator<E> it = iterator();
        while (it.hasNext()) h += Objects.hashCode(it.next());
        return h;
    }
}
