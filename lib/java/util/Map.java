public interface Map<K, V> {
    interface Entry<K, V> {
        K getKey();
        V getValue();
        V setValue(V value);
    }
    int size();
    default boolean isEmpty() { return size() == 0; }
    V get(Object key);
    V put(K key, V value);
    V remove(Object key);
    boolean containsKey(Object key);
    boolean containsValue(Object value);
    void clear();
    Set<K> keySet();
    Collection<V> values();
    Set<Map.Entry<K, V>> entrySet();
    default V getOrDefault(Object key, V defaultValue) {
        V v = get(key);
        return v != null || containsKey(key) ? v : defaultValue;
    }
    default V putIfAbsent(K key, V value) {
        V v = get(key);
        if (v == null) v = put(key, value);
        return v;
    }
    default V merge(K key, V value, BiFunction<V, V, V> f) {
        V old = get(key);
        V now = old == null ? value : f.apply(old, value);
        if (now == null) remove(key);
        else put(key, now);
        return now;
    }
    default V computeIfAbsent(K key, Function<K, V> f) {
        V v = get(key);
        if (v == null) {
            v = f.apply(key);
            if (v != null) put(key, v);
        }
        return v;
    }
    default void forEach(BiConsumer<K, V> action) {
        for (Map.Entry<K, V> e : entrySet()) action.accept(e.getKey(), e.getValue());
    }
}
