import java.util.Map;

/* java.util.concurrent.ConcurrentMap: a Map whose conditional updates are
 * atomic.  A program's Java code runs on one thread, so Map's defaults
 * are these updates already; no null keys or values in its implementations. */
public interface ConcurrentMap<K, V> extends Map<K, V> {
    V putIfAbsent(K key, V value);
    boolean remove(Object key, Object value);
    boolean replace(K key, V oldValue, V newValue);
    V replace(K key, V value);
    default V getOrDefault(Object key, V defaultValue) {
        V v = get(key);
        return v != null ? v : defaultValue;
    }
}
