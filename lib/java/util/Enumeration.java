/* java.util.Enumeration: the older form of Iterator (StringTokenizer's). */
public interface Enumeration<E> {
    boolean hasMoreElements();
    E nextElement();

    /* an Iterator over the elements not yet taken; remove is unsupported */
    default Iterator<E> asIterator() {
        Enumeration<E> e = this;
        return new Iterator<E>() {
            public boolean hasNext() { return e.hasMoreElements(); }
            public E next() { return e.nextElement(); }
        };
    }
}
