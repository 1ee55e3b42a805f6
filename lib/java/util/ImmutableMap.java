/* The maps of Map.of, Map.ofEntries and Map.copyOf (the JDK's
 * ImmutableCollections): no null keys or values (NullPointerException, also
 * from get(null) and containsKey(null)), no duplicate keys; every change
 * throws UnsupportedOperationException.  The JVM's iteration order of these
 * maps changes from run to run; this one keeps insertion order. */
final class ImmutableMap<K, V> extends AbstractMap<K, V> implements java.io.Serializable {
    private final Object[] kvs;   /* key, value, key, value, ... */

    private ImmutableMap(Object[] kvs) { this.kvs = kvs; }

    static <K, V> Map<K, V> copy(Object[] kvs) {
        Object[] c = new Object[kvs.length];
        for (int i = 0; i < kvs.length; i += 2) {
            Object k = Objects.requireNonNull(kvs[i]);
            if (indexOf(c, i, k) >= 0) throw new IllegalArgumentException("duplicate key: " + k);
            c[i] = k;
            c[i + 1] = Objects.requireNonNull(kvs[i + 1]);
        }
        return new ImmutableMap<>(c);
    }
    /* the index of key k among the first n slots of kvs, or -1 */
    private static int indexOf(Object[] kvs, int n, Object k) {
        for (int i = 0; i < n; i += 2) if (k.equals(kvs[i])) return i;
        return -1;
    }
    private static UnsupportedOperationException uoe() { return new UnsupportedOperationException(); }

    public int size() { return kvs.length / 2; }
    public boolean containsKey(Object key) { return indexOf(kvs, kvs.length, Objects.requireNonNull(key)) >= 0; }
    public boolean containsValue(Object value) {
        Objects.requireNonNull(value);
        for (int i = 1; i < kvs.length; i += 2) if (value.equals(kvs[i])) return true;
        return false;
    }
    public V get(Object key) {
        int i = indexOf(kvs, kvs.length, Objects.requireNonNull(key));
        return i < 0 ? null : (V) kvs[i + 1];
    }
    public Set<Map.Entry<K, V>> entrySet() {
        return new AbstractSet<Map.Entry<K, V>>() {
            public int size() { return kvs.length / 2; }
            public Iterator<Map.Entry<K, V>> iterator() {
                return new Iterator<Map.Entry<K, V>>() {
                    private int i;
                    public boolean hasNext() { return i < kvs.length; }
                    public Map.Entry<K, V> next() {
                        if (i >= kvs.length) throw new NoSuchElementException();
                        i += 2;
                        return new AbstractMap.SimpleImmutableEntry<>((K) kvs[i - 2], (V) kvs[i - 1]);
                    }
                    /* remove: Iterator's, UnsupportedOperationException "remove" as the JDK's */
                };
            }
        };
    }
    public V put(K key, V value) { throw uoe(); }
    public V remove(Object key) { throw uoe(); }
    public void putAll(Map<? extends K, ? extends V> m) { throw uoe(); }
    public void clear() { throw uoe(); }
    public V putIfAbsent(K key, V value) { throw uoe(); }
    public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> f) { throw uoe(); }
    public V computeIfAbsent(K key, Function<? super K, ? extends V> f) { throw uoe(); }
    public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> f) { throw uoe(); }
    public V compute(K key, BiFunction<? super K, ? super V, ? extends V> f) { throw uoe(); }
    public V replace(K key, V value) { throw uoe(); }
    public void replaceAll(BiFunction<? super K, ? super V, ? extends V> f) { throw uoe(); }
}
