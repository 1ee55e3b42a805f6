/* java.util.EnumMap: a map whose keys are the constants of one enum,
 * iterated in ordinal order: vals[i] is the value of the constant of
 * ordinal i, NULL_VALUE standing for null and null for no mapping.  As
 * the JDK's, its iterators are not fail-fast, and its entries are views:
 * setValue writes through, getValue reads the map. */
public class EnumMap<K extends Enum<K>, V> extends AbstractMap<K, V> implements java.io.Serializable {
    private static final Object NULL_VALUE = new Object();
    private final Class<K> keyType;
    private final K[] keys;    /* the enum's constants, by ordinal */
    private Object[] vals;
    private int size;

    public EnumMap(Class<K> keyType) {
        this.keyType = keyType;
        this.keys = keyType.getEnumConstants();
        if (keys == null) throw new NullPointerException();
        this.vals = new Object[keys.length];
    }
    public EnumMap(EnumMap<K, ? extends V> m) { this((Map<K, ? extends V>) m); }
    /* an EnumMap's copy, else the mappings of a map that has some */
    public EnumMap(Map<K, ? extends V> m) {
        EnumMap<K, ? extends V> em = m instanceof EnumMap ? (EnumMap<K, ? extends V>) m : null;
        if (em == null && m.isEmpty()) throw new IllegalArgumentException("Specified map is empty");
        this.keyType = em != null ? em.keyType : m.keySet().iterator().next().getDeclaringClass();
        this.keys = keyType.getEnumConstants();
        this.vals = new Object[keys.length];
        if (em == null) {
            putAll(m);
            return;
        }
        for (int i = 0; i < vals.length; i++) vals[i] = em.vals[i];
        this.size = em.size;
    }

    private static Object mask(Object v) { return v == null ? NULL_VALUE : v; }
    @SuppressWarnings("unchecked")
    private V unmask(Object v) { return v == NULL_VALUE ? null : (V) v; }

    private int ordinalOf(Object o) { return EnumSet.ordinalIn(keyType, o); }

    public int size() { return size; }
    public boolean containsKey(Object key) {
        int i = ordinalOf(key);
        return i >= 0 && vals[i] != null;
    }
    public boolean containsValue(Object value) {
        Object v = mask(value);
        for (int i = 0; i < vals.length; i++) if (vals[i] != null && v.equals(vals[i])) return true;
        return false;
    }
    public V get(Object key) {
        int i = ordinalOf(key);
        return i < 0 ? null : unmask(vals[i]);
    }
    /* key must be of keyType: NullPointerException for null,
     * ClassCastException otherwise (reachable through raw types) */
    public V put(K key, V value) {
        Class<?> c = key.getClass();
        int i = ordinalOf(key);
        if (i < 0) throw new ClassCastException(c + " != " + keyType);
        Object old = vals[i];
        vals[i] = mask(value);
        if (old == null) size++;
        return unmask(old);
    }
    public V remove(Object key) {
        int i = ordinalOf(key);
        if (i < 0 || vals[i] == null) return null;
        Object old = vals[i];
        vals[i] = null;
        size--;
        return unmask(old);
    }
    public void clear() {
        for (int i = 0; i < vals.length; i++) vals[i] = null;
        size = 0;
    }

    public Set<Map.Entry<K, V>> entrySet() {
        return new AbstractSet<Map.Entry<K, V>>() {
            public int size() { return size; }
            public void clear() { EnumMap.this.clear(); }
            public Iterator<Map.Entry<K, V>> iterator() { return new EntryIterator(); }
        };
    }

    /* the mapped ordinals from where it stands, in order */
    private class EntryIterator implements Iterator<Map.Entry<K, V>> {
        int next = advance(0);
        int last = -1;
        private int advance(int i) {
            while (i < vals.length && vals[i] == null) i++;
            return i;
        }
        public boolean hasNext() { return advance(next) < vals.length; }
        public Map.Entry<K, V> next() {
            next = advance(next);
            if (next >= vals.length) throw new NoSuchElementException();
            last = next++;
            return new Entry(last);
        }
        public void remove() {
            if (last < 0) throw new IllegalStateException();
            if (vals[last] != null) {
                vals[last] = null;
                size--;
            }
            last = -1;
        }
    }

    /* the mapping of the constant of ordinal index */
    private class Entry implements Map.Entry<K, V> {
        private final int index;
        Entry(int index) { this.index = index; }
        public K getKey() { return keys[index]; }
        public V getValue() { return unmask(vals[index]); }
        public V setValue(V value) {
            V old = unmask(vals[index]);
            vals[index] = mask(value);
            return old;
        }
        public boolean equals(Object o) { return AbstractMap.entryEquals(this, o); }
        public int hashCode() { return keys[index].hashCode() ^ Objects.hashCode(getValue()); }
        public String toString() { return keys[index] + "=" + getValue(); }
    }
}
