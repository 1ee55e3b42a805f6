public interface Map<K, V> {
    interface Entry<K, V> {
        K getKey();
        V getValue();
        V setValue(V value);

        /* comparators of entries by key or by value (sorting a map's entries) */
        static <K extends Comparable<? super K>, V> Comparator<Map.Entry<K, V>> comparingByKey() {
            return (Map.Entry<K, V> a, Map.Entry<K, V> b) -> a.getKey().compareTo(b.getKey());
        }
        static <K, V extends Comparable<? super V>> Comparator<Map.Entry<K, V>> comparingByValue() {
            return (Map.Entry<K, V> a, Map.Entry<K, V> b) -> a.getValue().compareTo(b.getValue());
        }
        static <K, V> Comparator<Map.Entry<K, V>> comparingByKey(Comparator<? super K> cmp) {
            Objects.requireNonNull(cmp);
            return (Map.Entry<K, V> a, Map.Entry<K, V> b) -> cmp.compare(a.getKey(), b.getKey());
        }
        static <K, V> Comparator<Map.Entry<K, V>> comparingByValue(Comparator<? super V> cmp) {
            Objects.requireNonNull(cmp);
            return (Map.Entry<K, V> a, Map.Entry<K, V> b) -> cmp.compare(a.getValue(), b.getValue());
        }
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
    default V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> f) {
        V old = get(key);
        V now = old == null ? value : f.apply(old, value);
        if (now == null) remove(key);
        else put(key, now);
        return now;
    }
    default V computeIfAbsent(K key, Function<? super K, ? extends V> f) {
        V v = get(key);
        if (v == null) {
            v = f.apply(key);
            if (v != null) put(key, v);
        }
        return v;
    }
    default void forEach(BiConsumer<? super K, ? super V> action) {
        for (Map.Entry<K, V> e : entrySet()) action.accept(e.getKey(), e.getValue());
    }
    default void putAll(Map<? extends K, ? extends V> m) {
        for (Map.Entry<? extends K, ? extends V> e : m.entrySet()) put(e.getKey(), e.getValue());
    }
    default boolean remove(Object key, Object value) {
        Object v = get(key);
        if (!Objects.equals(v, value) || (v == null && !containsKey(key))) return false;
        remove(key);
        return true;
    }
    default V replace(K key, V value) {
        return containsKey(key) ? put(key, value) : null;
    }
    default boolean replace(K key, V oldValue, V newValue) {
        Object v = get(key);
        if (!Objects.equals(v, oldValue) || (v == null && !containsKey(key))) return false;
        put(key, newValue);
        return true;
    }
    default V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> f) {
        Objects.requireNonNull(f);
        V old = get(key);
        if (old == null) return null;
        V v = f.apply(key, old);
        if (v == null) remove(key);
        else put(key, v);
        return v;
    }
    default V compute(K key, BiFunction<? super K, ? super V, ? extends V> f) {
        Objects.requireNonNull(f);
        V old = get(key);
        V v = f.apply(key, old);
        if (v != null) put(key, v);
        else if (old != null || containsKey(key)) remove(key);
        return v;
    }
    default void replaceAll(BiFunction<? super K, ? super V, ? extends V> f) {
        Objects.requireNonNull(f);
        for (Map.Entry<K, V> e : entrySet()) e.setValue(f.apply(e.getKey(), e.getValue()));
    }

    /* immutable maps (ImmutableMap): no null keys or values, no duplicate keys */
    static <K, V> Map<K, V> of() { return ImmutableMap.copy(new Object[0]); }
    static <K, V> Map<K, V> of(K k1, V v1) { return ImmutableMap.copy(new Object[] {k1, v1}); }
    static <K, V> Map<K, V> of(K k1, V v1, K k2, V v2) { return ImmutableMap.copy(new Object[] {k1, v1, k2, v2}); }
    static <K, V> Map<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3) {
        return ImmutableMap.copy(new Object[] {k1, v1, k2, v2, k3, v3});
    }
    static <K, V> Map<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4) {
        return ImmutableMap.copy(new Object[] {k1, v1, k2, v2, k3, v3, k4, v4});
    }
    static <K, V> Map<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4, K k5, V v5) {
        return ImmutableMap.copy(new Object[] {k1, v1, k2, v2, k3, v3, k4, v4, k5, v5});
    }
    static <K, V> Map<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4, K k5, V v5, K k6, V v6) {
        return ImmutableMap.copy(new Object[] {k1, v1, k2, v2, k3, v3, k4, v4, k5, v5, k6, v6});
    }
    static <K, V> Map<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4, K k5, V v5, K k6, V v6,
                               K k7, V v7) {
        return ImmutableMap.copy(new Object[] {k1, v1, k2, v2, k3, v3, k4, v4, k5, v5, k6, v6, k7, v7});
    }
    static <K, V> Map<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4, K k5, V v5, K k6, V v6,
                               K k7, V v7, K k8, V v8) {
        return ImmutableMap.copy(new Object[] {k1, v1, k2, v2, k3, v3, k4, v4, k5, v5, k6, v6, k7, v7, k8, v8});
    }
    static <K, V> Map<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4, K k5, V v5, K k6, V v6,
                               K k7, V v7, K k8, V v8, K k9, V v9) {
        return ImmutableMap.copy(new Object[] {k1, v1, k2, v2, k3, v3, k4, v4, k5, v5, k6, v6, k7, v7, k8, v8,
                                               k9, v9});
    }
    static <K, V> Map<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4, K k5, V v5, K k6, V v6,
                               K k7, V v7, K k8, V v8, K k9, V v9, K k10, V v10) {
        return ImmutableMap.copy(new Object[] {k1, v1, k2, v2, k3, v3, k4, v4, k5, v5, k6, v6, k7, v7, k8, v8,
                                               k9, v9, k10, v10});
    }
    static <K, V> Map<K, V> ofEntries(Map.Entry<? extends K, ? extends V>... entries) {
        Object[] kvs = new Object[2 * entries.length];
        for (int i = 0; i < entries.length; i++) {
            kvs[2 * i] = entries[i].getKey();
            kvs[2 * i + 1] = entries[i].getValue();
        }
        return ImmutableMap.copy(kvs);
    }
    static <K, V> Map<K, V> copyOf(Map<? extends K, ? extends V> m) {
        if (m instanceof ImmutableMap) return (Map<K, V>) m;
        Object[] kvs = new Object[2 * m.size()];
        int i = 0;
        for (Map.Entry<? extends K, ? extends V> e : m.entrySet()) {
            kvs[i++] = e.getKey();
            kvs[i++] = e.getValue();
        }
        return ImmutableMap.copy(kvs);
    }
    /* an immutable entry: no null key or value */
    static <K, V> Map.Entry<K, V> entry(K k, V v) {
        return new AbstractMap.SimpleImmutableEntry<>(Objects.requireNonNull(k), Objects.requireNonNull(v));
    }
}
