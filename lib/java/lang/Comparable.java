/* java.lang.Comparable: what the wrapper classes implement (compareTo). */
public interface Comparable<T> {
    int compareTo(T o);
}
