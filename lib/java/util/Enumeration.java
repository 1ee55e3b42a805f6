/* java.util.Enumeration: the legacy iterator (Hashtable.keys/elements). */
public interface Enumeration<E> {
    boolean hasMoreElements();
    E nextElement();
    default Iterator<E> asIterator() {
        return new Iterator<E>() {
            public boolean hasNext() { return hasMoreElements(); }
            public E next() { return nextElement(); }
        };
    }
}
