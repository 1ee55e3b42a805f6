/* java.util.Hashtable: the JDK's table, so the JDK's iteration order:
 * bucket (key.hashCode() & 0x7FFFFFFF) % capacity, a new entry at the head
 * of its bucket's chain, capacity 11 growing to 2n + 1 when count reaches
 * capacity * loadFactor (the chains moved from the last bucket to the
 * first), iteration from the last bucket to the first (but forEach and
 * replaceAll, as the JDK's, go from the first to the last).  No null keys or
 * values (NullPointerException, with the JDK's messages).  One thread
 * sees no difference from the JDK's synchronized methods. */
public class Hashtable<K, V> extends Dictionary<K, V> implements Map<K, V>, Cloneable, java.io.Serializable {
    private static final class Entry<K, V> implements Map.Entry<K, V> {
        final int hash;        /* key.hashCode() */
        final K key;
        V value;
        Entry<K, V> next;
        Entry(int hash, K key, V value, Entry<K, V> next) {
            this.hash = hash;
            this.key = key;
            this.value = value;
            this.next = next;
        }
        public K getKey() { return key; }
        public V getValue() { return value; }
        public V setValue(V value) {
            if (value == null) throw new NullPointerException();
            V old = this.value;
            this.value = value;
            return old;
        }
        public boolean equals(Object o) {
            if (!(o instanceof Map.Entry)) return false;
            Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
            return Objects.equals(key, e.getKey()) && Objects.equals(value, e.getValue());
        }
        public int hashCode() { return hash ^ Objects.hashCode(value); }
        public String toString() { return key + "=" + value; }
    }

    private Entry<?, ?>[] table;
    private int count;
    private int threshold;     /* rehash when count reaches it */
    private float loadFactor;  /* negative while hashCode() runs (a table that holds itself) */
    private int modCount;

    public Hashtable(int initialCapacity, float loadFactor) {
        if (initialCapacity < 0) throw new IllegalArgumentException("Illegal Capacity: " + initialCapacity);
        if (loadFactor <= 0 || Float.isNaN(loadFactor)) throw new IllegalArgumentException("Illegal Load: " + loadFactor);
        if (initialCapacity == 0) initialCapacity = 1;
        this.loadFactor = loadFactor;
        table = new Entry<?, ?>[initialCapacity];
        threshold = (int) Math.min(initialCapacity * loadFactor, Integer.MAX_VALUE - 7);
    }
    public Hashtable(int initialCapacity) { this(initialCapacity, 0.75f); }
    public Hashtable() { this(11, 0.75f); }
    public Hashtable(Map<? extends K, ? extends V> t) {
        this(Math.max(2 * t.size(), 11), 0.75f);
        putAll(t);
    }

    /* key's hash code, with the JDK's message for a null key */
    private static int hashOf(Object key) {
        if (key == null) throw new NullPointerException("Cannot invoke \"Object.hashCode()\" because \"key\" is null");
        return key.hashCode();
    }
    private int indexFor(int hash) { return (hash & 0x7FFFFFFF) % table.length; }
    @SuppressWarnings("unchecked")
    private Entry<K, V> bucket(int i) { return (Entry<K, V>) table[i]; }
    private Entry<K, V> entryOf(Object key) {
        int hash = hashOf(key);
        for (Entry<K, V> e = bucket(indexFor(hash)); e != null; e = e.next)
            if (e.hash == hash && e.key.equals(key)) return e;
        return null;
    }

    public int size() { return count; }
    public boolean isEmpty() { return count == 0; }
    public V get(Object key) {
        Entry<K, V> e = entryOf(key);
        return e == null ? null : e.value;
    }
    public boolean containsKey(Object key) { return entryOf(key) != null; }
    public boolean contains(Object value) {
        if (value == null) throw new NullPointerException();
        for (int i = table.length; i-- > 0; )
            for (Entry<K, V> e = bucket(i); e != null; e = e.next)
                if (e.value.equals(value)) return true;
        return false;
    }
    public boolean containsValue(Object value) { return contains(value); }

    public V put(K key, V value) {
        if (value == null) throw new NullPointerException();
        Entry<K, V> e = entryOf(key);
        if (e != null) {
            V old = e.value;
            e.value = value;
            return old;
        }
        if (count >= threshold) rehash();
        int hash = key.hashCode();
        int i = indexFor(hash);
        table[i] = new Entry<K, V>(hash, key, value, bucket(i));
        count++;
        modCount++;
        return null;
    }
    /* capacity 2n + 1, each chain moved (reversed) from the last bucket to the first */
    protected void rehash() {
        Entry<?, ?>[] old = table;
        int capacity = old.length * 2 + 1;
        table = new Entry<?, ?>[capacity];
        threshold = (int) Math.min(capacity * Math.abs(loadFactor), Integer.MAX_VALUE - 7);
        modCount++;
        for (int i = old.length; i-- > 0; ) {
            @SuppressWarnings("unchecked")
            Entry<K, V> e = (Entry<K, V>) old[i];
            while (e != null) {
                Entry<K, V> next = e.next;
                int j = indexFor(e.hash);
                e.next = bucket(j);
                table[j] = e;
                e = next;
            }
        }
    }
    public V remove(Object key) {
        int hash = hashOf(key);
        int i = indexFor(hash);
        for (Entry<K, V> e = bucket(i), prev = null; e != null; prev = e, e = e.next)
            if (e.hash == hash && e.key.equals(key)) {
                unlink(i, prev, e);
                return e.value;
            }
        return null;
    }
    /* removes e, in bucket i after prev (null: the head) */
    private void unlink(int i, Entry<K, V> prev, Entry<K, V> e) {
        if (prev == null) table[i] = e.next;
        else prev.next = e.next;
        count--;
        modCount++;
    }
    public void clear() {
        for (int i = 0; i < table.length; i++) table[i] = null;
        count = 0;
        modCount++;
    }
    public V putIfAbsent(K key, V value) {
        if (value == null) throw new NullPointerException();
        V old = get(key);
        return old != null ? old : put(key, value);
    }
    public void putAll(Map<? extends K, ? extends V> t) {
        for (Map.Entry<? extends K, ? extends V> e : t.entrySet()) put(e.getKey(), e.getValue());
    }

    /* ---- iteration: from the last bucket to the first ---------------------- */

    private static final int KEYS = 0, VALUES = 1, ENTRIES = 2;

    /* an Iterator and Enumeration of the keys, values or entries; fail-fast */
    private final class Itr<T> implements Iterator<T>, Enumeration<T> {
        private final int kind;
        private int index = table.length;   /* the buckets below index are still to visit */
        private Entry<K, V> next;           /* the entry next() returns */
        private Entry<K, V> last;           /* the one it returned, null after remove() */
        private int expectedModCount = modCount;
        Itr(int kind) { this.kind = kind; }
        public boolean hasNext() {
            while (next == null && index > 0) next = bucket(--index);
            return next != null;
        }
        @SuppressWarnings("unchecked")
        public T next() {
            if (modCount != expectedModCount) throw new ConcurrentModificationException();
            if (!hasNext()) throw new NoSuchElementException();
            last = next;
            next = next.next;
            return (T) (kind == KEYS ? last.key : kind == VALUES ? last.value : last);
        }
        public void remove() {
            if (last == null) throw new IllegalStateException("Hashtable Enumerator");
            if (modCount != expectedModCount) throw new ConcurrentModificationException();
            Hashtable.this.remove(last.key);
            expectedModCount = modCount;
            last = null;
        }
        public boolean hasMoreElements() { return hasNext(); }
        public T nextElement() { return next(); }
    }

    public Enumeration<K> keys() { return new Itr<K>(KEYS); }
    public Enumeration<V> elements() { return new Itr<V>(VALUES); }

    public Set<K> keySet() {
        return new AbstractSet<K>() {
            public Iterator<K> iterator() { return new Itr<K>(KEYS); }
            public int size() { return count; }
            public boolean contains(Object o) { return containsKey(o); }
            public boolean remove(Object o) { return Hashtable.this.remove(o) != null; }
            public void clear() { Hashtable.this.clear(); }
        };
    }
    public Collection<V> values() {
        return new AbstractCollection<V>() {
            public Iterator<V> iterator() { return new Itr<V>(VALUES); }
            public int size() { return count; }
            public boolean contains(Object o) { return containsValue(o); }
            public void clear() { Hashtable.this.clear(); }
        };
    }
    public Set<Map.Entry<K, V>> entrySet() {
        return new AbstractSet<Map.Entry<K, V>>() {
            public Iterator<Map.Entry<K, V>> iterator() { return new Itr<Map.Entry<K, V>>(ENTRIES); }
            public int size() { return count; }
            public boolean contains(Object o) {
                if (!(o instanceof Map.Entry)) return false;
                Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
                Entry<K, V> mine = entryOf(e.getKey());
                return mine != null && mine.equals(e);
            }
            public void clear() { Hashtable.this.clear(); }
        };
    }

    public void forEach(java.util.function.BiConsumer<? super K, ? super V> action) {
        Objects.requireNonNull(action);
        int expected = modCount;
        for (int i = 0; i < table.length; i++)
            for (Entry<K, V> e = bucket(i); e != null; e = e.next) {
                action.accept(e.key, e.value);
                if (modCount != expected) throw new ConcurrentModificationException();
            }
    }
    public void replaceAll(java.util.function.BiFunction<? super K, ? super V, ? extends V> function) {
        Objects.requireNonNull(function);
        int expected = modCount;
        for (int i = 0; i < table.length; i++)
            for (Entry<K, V> e = bucket(i); e != null; e = e.next) {
                e.value = Objects.requireNonNull(function.apply(e.key, e.value));
                if (modCount != expected) throw new ConcurrentModificationException();
            }
    }

    /* ---- Object's members --------------------------------------------------- */

    public String toString() {
        StringBuilder b = new StringBuilder("{");
        Iterator<Map.Entry<K, V>> it = entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<K, V> e = it.next();
            b.append(e.getKey() == this ? "(this Map)" : e.getKey().toString()).append('=');
            b.append(e.getValue() == this ? "(this Map)" : e.getValue().toString());
            if (it.hasNext()) b.append(", ");
        }
        return b.append('}').toString();
    }
    public boolean equals(Object o) {
        if (o == this) return true;
        if (!(o instanceof Map)) return false;
        Map<?, ?> t = (Map<?, ?>) o;
        if (t.size() != count) return false;
        try {
            for (Map.Entry<K, V> e : entrySet())
                if (!e.getValue().equals(t.get(e.getKey()))) return false;
        } catch (ClassCastException | NullPointerException unused) {
            return false;
        }
        return true;
    }
    public int hashCode() {
        int h = 0;
        if (count == 0 || loadFactor < 0) return h;   /* empty, or this table inside itself */
        loadFactor = -loadFactor;
        for (Map.Entry<K, V> e : entrySet()) h += e.hashCode();
        loadFactor = -loadFactor;
        return h;
    }
    /* a shallow copy: new chains, the same keys and values */
    @SuppressWarnings("unchecked")
    public Object clone() {
        Hashtable<K, V> t = new Hashtable<K, V>(table.length, Math.abs(loadFactor));
        for (int i = table.length; i-- > 0; ) {
            Entry<K, V> copied = null, tail = null;
            for (Entry<K, V> e = bucket(i); e != null; e = e.next) {
                Entry<K, V> c = new Entry<K, V>(e.hash, e.key, e.value, null);
                if (tail == null) copied = c;
                else tail.next = c;
                tail = c;
            }
            t.table[i] = copied;
        }
        t.count = count;
        return t;
    }
}
