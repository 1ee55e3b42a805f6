/* java.util.HashMap: the JDK's table (power-of-two sizes, hash spread
 * h ^ (h >>> 16), new entries at the end of their bin, a resize keeping
 * each bin's order), so that iteration order is the JVM's.  Bins are
 * never turned into trees: with many equal hash codes the order can
 * differ from the JDK's (which then orders a bin as a tree). */
public class HashMap<K, V> implements Map<K, V> {
    static class Node<K, V> implements Map.Entry<K, V> {
        final int hash;
        final K key;
        V value;
        Node<K, V> next;
        Node(int hash, K key, V value, Node<K, V> next) {
            this.hash = hash;
            this.key = key;
            this.value = value;
            this.next = next;
        }
        public K getKey() { return key; }
        public V getValue() { return value; }
        public V setValue(V v) { V old = value; value = v; return old; }
        public String toString() { return key + "=" + value; }
        public boolean equals(Object o) {
            if (o == this) return true;
            if (!(o instanceof Map.Entry)) return false;
            Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
            return Objects.equals(key, e.getKey()) && Objects.equals(value, e.getValue());
        }
        public int hashCode() { return Objects.hashCode(key) ^ Objects.hashCode(value); }
    }

    private Node<K, V>[] table;
    private int size;
    private int threshold;
    private int modCount;

    public HashMap() { }
    public HashMap(int initialCapacity) {
        if (initialCapacity < 0) throw new IllegalArgumentException("Illegal initial capacity: " + initialCapacity);
        threshold = tableSizeFor(initialCapacity);
    }
    public HashMap(Map<K, V> m) {
        for (Map.Entry<K, V> e : m.entrySet()) put(e.getKey(), e.getValue());
    }

    static int hash(Object key) {
        if (key == null) return 0;
        int h = key.hashCode();
        return h ^ (h >>> 16);
    }
    static int tableSizeFor(int cap) {
        int n = -1 >>> Integer.numberOfLeadingZeros(cap - 1);
        return (n < 0) ? 1 : (n >= 1073741824) ? 1073741824 : n + 1;
    }

    private Node<K, V>[] resize() {
        Node<K, V>[] old = table;
        int oldCap = old == null ? 0 : old.length;
        int oldThr = threshold;
        int newCap, newThr = 0;
        if (oldCap > 0) {
            newCap = oldCap << 1;
            newThr = oldThr << 1;
        } else if (oldThr > 0) {
            newCap = oldThr;
        } else {
            newCap = 16;
            newThr = 12;
        }
        if (newThr == 0) newThr = (int) (newCap * 0.75f);
        threshold = newThr;
        Node<K, V>[] nt = (Node<K, V>[]) new Node[newCap];
        table = nt;
        for (int j = 0; j < oldCap; j++) {
            Node<K, V> e = old[j];
            if (e == null) continue;
            Node<K, V> loHead = null, loTail = null, hiHead = null, hiTail = null;
            while (e != null) {
                Node<K, V> next = e.next;
                if ((e.hash & oldCap) == 0) {
                    if (loTail == null) loHead = e; else loTail.next = e;
                    loTail = e;
                } else {
                    if (hiTail == null) hiHead = e; else hiTail.next = e;
                    hiTail = e;
                }
                e = next;
            }
            if (loTail != null) { loTail.next = null; nt[j] = loHead; }
            if (hiTail != null) { hiTail.next = null; nt[j + oldCap] = hiHead; }
        }
        return nt;
    }

    private Node<K, V> getNode(Object key) {
        if (table == null) return null;
        int h = hash(key);
        for (Node<K, V> e = table[h & (table.length - 1)]; e != null; e = e.next)
            if (e.hash == h && (e.key == key || (key != null && key.equals(e.key)))) return e;
        return null;
    }

    public int size() { return size; }
    public boolean isEmpty() { return size == 0; }
    public V get(Object key) {
        Node<K, V> e = getNode(key);
        return e == null ? null : e.value;
    }
    public boolean containsKey(Object key) { return getNode(key) != null; }
    public boolean containsValue(Object value) {
        if (table == null) return false;
        for (Node<K, V> b : table)
            for (Node<K, V> e = b; e != null; e = e.next)
                if (Objects.equals(e.value, value)) return true;
        return false;
    }
    public V put(K key, V value) {
        if (table == null) resize();
        int h = hash(key);
        int i = h & (table.length - 1);
        Node<K, V> e = table[i], last = null;
        for (; e != null; last = e, e = e.next)
            if (e.hash == h && (e.key == key || (key != null && key.equals(e.key)))) {
                V old = e.value;
                e.value = value;
                return old;
            }
        Node<K, V> n = new Node<>(h, key, value, null);
        if (last == null) table[i] = n; else last.next = n;
        modCount++;
        if (++size > threshold) resize();
        return null;
    }
    public V remove(Object key) {
        if (table == null) return null;
        int h = hash(key);
        int i = h & (table.length - 1);
        Node<K, V> prev = null;
        for (Node<K, V> e = table[i]; e != null; prev = e, e = e.next)
            if (e.hash == h && (e.key == key || (key != null && key.equals(e.key)))) {
                if (prev == null) table[i] = e.next; else prev.next = e.next;
                size--;
                modCount++;
                return e.value;
            }
        return null;
    }
    /* merge and computeIfAbsent as the JDK's: the table grows before (not
     * after) the new entry, which goes at the head of its bin */
    public V merge(K key, V value, BiFunction<V, V, V> f) {
        if (value == null || f == null) throw new NullPointerException();
        if (table == null || size > threshold) resize();
        int h = hash(key);
        int i = h & (table.length - 1);
        for (Node<K, V> e = table[i]; e != null; e = e.next)
            if (e.hash == h && (e.key == key || (key != null && key.equals(e.key)))) {
                V v = e.value == null ? value : f.apply(e.value, value);
                if (v == null) remove(key);
                else e.value = v;
                return v;
            }
        table[i] = new Node<>(h, key, value, table[i]);
        modCount++;
        size++;
        return value;
    }
    public V computeIfAbsent(K key, Function<K, V> f) {
        if (f == null) throw new NullPointerException();
        if (table == null || size > threshold) resize();
        int h = hash(key);
        int i = h & (table.length - 1);
        Node<K, V> old = null;
        for (Node<K, V> e = table[i]; e != null; e = e.next)
            if (e.hash == h && (e.key == key || (key != null && key.equals(e.key)))) {
                old = e;
                break;
            }
        if (old != null && old.value != null) return old.value;
        V v = f.apply(key);
        if (v == null) return null;
        if (old != null) {
            old.value = v;
            return v;
        }
        table[i] = new Node<>(h, key, v, table[i]);
        modCount++;
        size++;
        return v;
    }

    public void clear() {
        modCount++;
        if (table != null) for (int i = 0; i < table.length; i++) table[i] = null;
        size = 0;
    }

    /* iteration in table order: entries, keys or values */
    private class HashIterator {
        Node<K, V> next, current;
        int index;
        int expected = modCount;
        HashIterator() {
            if (table != null && size > 0) advance();
        }
        private void advance() {
            while (index < table.length && (next = table[index++]) == null) { }
        }
        public boolean hasNext() { return next != null; }
        Node<K, V> nextNode() {
            if (modCount != expected) throw new ConcurrentModificationException();
            Node<K, V> e = next;
            if (e == null) throw new NoSuchElementException();
            current = e;
            next = e.next;
            if (next == null) advance();
            return e;
        }
        public void remove() {
            if (current == null) throw new IllegalStateException();
            if (modCount != expected) throw new ConcurrentModificationException();
            HashMap.this.remove(current.key);
            current = null;
            expected = modCount;
        }
    }
    private class EntryIterator extends HashIterator implements Iterator<Map.Entry<K, V>> {
        public Map.Entry<K, V> next() { return nextNode(); }
    }
    private class KeyIterator extends HashIterator implements Iterator<K> {
        public K next() { return nextNode().key; }
    }
    private class ValueIterator extends HashIterator implements Iterator<V> {
        public V next() { return nextNode().value; }
    }

    private abstract class View<T> implements Set<T> {
        public int size() { return size; }
        public boolean add(T e) { throw new UnsupportedOperationException(); }
        public void clear() { HashMap.this.clear(); }
        public boolean remove(Object o) { throw new UnsupportedOperationException(); }
        public String toString() {
            String s = "[";
            Iterator<T> it = iterator();
            while (it.hasNext()) {
                s += String.valueOf(it.next());
                if (it.hasNext()) s += ", ";
            }
            return s + "]";
        }
    }
    private class KeySet extends View<K> {
        public Iterator<K> iterator() { return new KeyIterator(); }
        public boolean contains(Object o) { return containsKey(o); }
        public boolean remove(Object o) { boolean had = containsKey(o); HashMap.this.remove(o); return had; }
    }
    private class Values extends View<V> {
        public Iterator<V> iterator() { return new ValueIterator(); }
        public boolean contains(Object o) { return containsValue(o); }
    }
    private class EntrySet extends View<Map.Entry<K, V>> {
        public Iterator<Map.Entry<K, V>> iterator() { return new EntryIterator(); }
        public boolean contains(Object o) {
            if (!(o instanceof Map.Entry)) return false;
            Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
            Node<K, V> n = getNode(e.getKey());
            return n != null && n.equals(e);
        }
    }
    public Set<K> keySet() { return new KeySet(); }
    public Collection<V> values() { return new Values(); }
    public Set<Map.Entry<K, V>> entrySet() { return new EntrySet(); }

    public boolean equals(Object o) {
        if (o == this) return true;
        if (!(o instanceof Map)) return false;
        Map<?, ?> m = (Map<?, ?>) o;
        if (m.size() != size) return false;
        for (Map.Entry<K, V> e : entrySet()) {
            Object v = m.get(e.getKey());
            if (!(Objects.equals(v, e.getValue()) && (v != null || m.containsKey(e.getKey())))) return false;
        }
        return true;
    }
    public int hashCode() {
        int h = 0;
        for (Map.Entry<K, V> e : entrySet()) h += e.hashCode();
        return h;
    }
    public String toString() {
        String s = "{";
        Iterator<Map.Entry<K, V>> it = entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<K, V> e = it.next();
            s += (e.getKey() == this ? "(this Map)" : String.valueOf(e.getKey())) + "="
                 + (e.getValue() == this ? "(this Map)" : String.valueOf(e.getValue()));
            if (it.hasNext()) s += ", ";
        }
        return s + "}";
    }
}
