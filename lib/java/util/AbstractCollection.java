/* java.util.AbstractCollection: a collection from iterator() and size();
 * add throws UnsupportedOperationException, remove goes through the
 * iterator; toString is the JDK's ("[a, b]", "(this Collection)"). */
public abstract class AbstractCollection<E> implements Collection<E> {
    protected AbstractCollection() {}

    public abstract Iterator<E> iterator();
    public abstract int size();

    public boolean isEmpty() { return size() == 0; }
    public boolean contains(Object o) {
        Iterator<E> it = iterator();
        while (it.hasNext()) if (Objects.equals(o, it.next())) return true;
        return false;
    }
    public boolean add(E e) { throw new UnsupportedOperationException(); }
    public boolean remove(Object o) {
        Iterator<E> it = iterator();
        while (it.hasNext())
            if (Objects.equals(o, it.next())) {
                it.remove();
                return true;
            }
        return false;
    }
    public void clear() {
        Iterator<E> it = iterator();
        while (it.hasNext()) {
            it.next();
            it.remove();
        }
    }
    public String toString() {
        Iterator<E> it = iterator();
        if (!it.hasNext()) return "[]";
        StringBuilder b = new StringBuilder("[");
        for (;;) {
            E e = it.next();
            b.append(e == this ? "(this Collection)" : String.valueOf(e));
            if (!it.hasNext()) return b.append(']').toString();
            b.append(", ");
        }
    }
}
