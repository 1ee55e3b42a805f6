/* java.util.ListIterator: an iterator of a List that moves both ways; the
 * cursor sits between previous() and next(). */
public interface ListIterator<E> extends Iterator<E> {
    boolean hasPrevious();
    E previous();
    int nextIndex();
    int previousIndex();
    void set(E e);
    void add(E e);
}
