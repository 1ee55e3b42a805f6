/* java.lang.Iterable: what for-each runs over (besides arrays). */
public interface Iterable<T> {
    Iterator<T> iterator();
    default void forEach(Consumer<? super T> action) {
        Iterator<T> it = iterator();
        while (it.hasNext()) action.accept(it.next());
    }
}
