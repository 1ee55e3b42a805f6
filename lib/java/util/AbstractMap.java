/* java.util.AbstractMap: a map from entrySet(); put throws
 * UnsupportedOperationException; equals, hashCode and toString are the
 * JDK's ("{a=1, b=2}", "(this Map)") for every map. */
public abstract class AbstractMap<K, V> implements Map<K, V> {
    protected AbstractMap() {}

    public abstract Set<Map.Entry<K, V>> entrySet();

    public int size() { return entrySet().size(); }
    public boolean isEmpty() { return size() == 0; }
    public boolean containsValue(Object value) {
        for (Map.Entry<K, V> e : entrySet()) if (Objects.equals(value, e.getValue())) return true;
        return false;
    }
    public boolean containsKey(Object key) { return entryOf(key) != null; }
    public V get(Object key) {
        Map.Entry<K, V> e = entryOf(key);
        return e == null ? null : e.getValue();
    }
    private Map.Entry<K, V> entryOf(Object key) {
        for (Map.Entry<K, V> e : entrySet()) if (Objects.equals(key, e.getKey())) return e;
        return null;
    }
    public V put(K key, V value) { throw new UnsupportedOperationException(); }
    public V remove(Object key) {
        Iterator<Map.Entry<K, V>> it = entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<K, V> e = it.next();
            if (Objects.equals(key, e.getKey())) {
                it.remove();
                return e.getValue();
            }
        }
        return null;
    }
    public void clear() { entrySet().clear(); }

    /* keySet and values: views of entrySet */
    public Set<K> keySet() {
        return new AbstractSet<K>() {
            public int size() { return AbstractMap.this.size(); }
            public boolean contains(Object k) { return containsKey(k); }
            public void clear() { AbstractMap.this.clear(); }
            public Iterator<K> iterator() {
                Iterator<Map.Entry<K, V>> i = entrySet().iterator();
                return new Iterator<K>() {
                    public boolean hasNext() { return i.hasNext(); }
                    public K next() { return i.next().getKey(); }
                    public void remove() { i.remove(); }
                };
            }
        };
    }
    public Collection<V> values() {
        return new AbstractCollection<V>() {
            public int size() { return AbstractMap.this.size(); }
            public boolean contains(Object v) { return containsValue(v); }
            public void clear() { AbstractMap.this.clear(); }
            public Iterator<V> iterator() {
                Iterator<Map.Entry<K, V>> i = entrySet().iterator();
                return new Iterator<V>() {
                    public boolean hasNext() { return i.hasNext(); }
                    public V next() { return i.next().getValue(); }
                    public void remove() { i.remove(); }
                };
            }
        };
    }

    public boolean equals(Object o) {
        if (o == this) return true;
        if (!(o instanceof Map)) return false;
        Map<?, ?> m = (Map<?, ?>) o;
        if (m.size() != size()) return false;
        for (Map.Entry<K, V> e : entrySet()) {
            K key = e.getKey();
            V value = e.getValue();
            if (value == null) {
                if (!(m.get(key) == null && m.containsKey(key))) return false;
            } else if (!value.equals(m.get(key))) return false;
        }
        return true;
    }
    public int hashCode() {
        int h = 0;
        for (Map.Entry<K, V> e : entrySet()) h += e.hashCode();
        return h;
    }
    public String toString() {
        Iterator<Map.Entry<K, V>> it = entrySet().iterator();
        if (!it.hasNext()) return "{}";
        StringBuilder b = new StringBuilder("{");
        for (;;) {
            Map.Entry<K, V> e = it.next();
            K key = e.getKey();
            V value = e.getValue();
            b.append(key == this ? "(this Map)" : String.valueOf(key)).append('=');
            b.append(value == this ? "(this Map)" : String.valueOf(value));
            if (!it.hasNext()) return b.append('}').toString();
            b.append(", ");
        }
    }

    /* Map.Entry's equals: o is an entry with an equal key and value */
    static boolean entryEquals(Map.Entry<?, ?> e, Object o) {
        if (o == e) return true;
        if (!(o instanceof Map.Entry)) return false;
        Map.Entry<?, ?> x = (Map.Entry<?, ?>) o;
        return Objects.equals(e.getKey(), x.getKey()) && Objects.equals(e.getValue(), x.getValue());
    }

    /* an entry of its own: key and value, setValue allowed */
    public static class SimpleEntry<K, V> implements Map.Entry<K, V>, java.io.Serializable {
        private final K key;
        private V value;
        public SimpleEntry(K key, V value) {
            this.key = key;
            this.value = value;
        }
        public SimpleEntry(Map.Entry<? extends K, ? extends V> e) {
            this.key = e.getKey();
            this.value = e.getValue();
        }
        public K getKey() { return key; }
        public V getValue() { return value; }
        public V setValue(V v) {
            V old = value;
            value = v;
            return old;
        }
        public boolean equals(Object o) { return entryEquals(this, o); }
        public int hashCode() { return Objects.hashCode(key) ^ Objects.hashCode(value); }
        public String toString() { return key + "=" + value; }
    }
    /* the same, but setValue throws UnsupportedOperationException */
    public static class SimpleImmutableEntry<K, V> extends SimpleEntry<K, V> {
        public SimpleImmutableEntry(K key, V value) { super(key, value); }
        public SimpleImmutableEntry(Map.Entry<? extends K, ? extends V> e) { super(e); }
        public V setValue(V v) { throw new UnsupportedOperationException(); }
    }
}
