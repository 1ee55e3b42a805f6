/* java.util.HashMap: the JDK's table (power-of-two sizes, hash spread
 * h ^ (h >>> 16), the JDK's thresholds, new entries at the end of their
 * bin, a resize keeping each bin's order), so that iteration order is the
 * JVM's.  A bin that reaches 8 entries grows the table while it is under
 * 64 and becomes a red-black tree after, as the JDK's (HashTreeNode: the
 * tree decides the bin's order).  LinkedHashMap hooks in as in the JDK:
 * newNode, the replacement nodes and the afterNode* calls. */
public class HashMap<K, V> extends AbstractMap<K, V> implements Map<K, V>, java.io.Serializable {
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
        public final K getKey() { return key; }
        public final V getValue() { return value; }
        public final V setValue(V v) { V old = value; value = v; return old; }
        public final String toString() { return key + "=" + value; }
        public final boolean equals(Object o) { return entryEquals(this, o); }
        public final int hashCode() { return Objects.hashCode(key) ^ Objects.hashCode(value); }
    }

    static final int MAXIMUM_CAPACITY = 1 << 30;

    Node<K, V>[] table;
    int size;
    int modCount;
    private int threshold;
    private final float loadFactor;

    public HashMap() { loadFactor = 0.75f; }
    public HashMap(int initialCapacity) { this(initialCapacity, 0.75f); }
    public HashMap(int initialCapacity, float loadFactor) {
        if (initialCapacity < 0) throw new IllegalArgumentException("Illegal initial capacity: " + initialCapacity);
        if (initialCapacity > MAXIMUM_CAPACITY) initialCapacity = MAXIMUM_CAPACITY;
        if (loadFactor <= 0 || Float.isNaN(loadFactor))
            throw new IllegalArgumentException("Illegal load factor: " + loadFactor);
        this.loadFactor = loadFactor;
        threshold = tableSizeFor(initialCapacity);
    }
    public HashMap(Map<? extends K, ? extends V> m) {
        loadFactor = 0.75f;
        putMapEntries(m);
    }

    static int hash(Object key) {
        if (key == null) return 0;
        int h = key.hashCode();
        return h ^ (h >>> 16);
    }
    static int tableSizeFor(int cap) {
        int n = -1 >>> Integer.numberOfLeadingZeros(cap - 1);
        return (n < 0) ? 1 : (n >= MAXIMUM_CAPACITY) ? MAXIMUM_CAPACITY : n + 1;
    }

    /* the JDK 17 putMapEntries: size the empty table for m, else grow once */
    private void putMapEntries(Map<? extends K, ? extends V> m) {
        int s = m.size();
        if (s == 0) return;
        if (table == null) {
            float ft = ((float) s / loadFactor) + 1.0F;
            int t = ft < (float) MAXIMUM_CAPACITY ? (int) ft : MAXIMUM_CAPACITY;
            if (t > threshold) threshold = tableSizeFor(t);
        } else if (s > threshold) {
            resize();
        }
        for (Map.Entry<? extends K, ? extends V> e : m.entrySet()) put(e.getKey(), e.getValue());
    }
    public void putAll(Map<? extends K, ? extends V> m) { putMapEntries(m); }

    /* the JDK's resize: the first table (16, or the capacity asked for), then
     * doubling; the threshold doubles with it from 16 on, else it is
     * capacity * loadFactor */
    private Node<K, V>[] resize() {
        Node<K, V>[] old = table;
        int oldCap = old == null ? 0 : old.length;
        int oldThr = threshold;
        int newCap, newThr = 0;
        if (oldCap > 0) {
            if (oldCap >= MAXIMUM_CAPACITY) {
                threshold = Integer.MAX_VALUE;
                return old;
            }
            newCap = oldCap << 1;
            if (newCap < MAXIMUM_CAPACITY && oldCap >= 16) newThr = oldThr << 1;
        } else if (oldThr > 0) {
            newCap = oldThr;
        } else {
            newCap = 16;
            newThr = 12;
        }
        if (newThr == 0) {
            float ft = (float) newCap * loadFactor;
            newThr = newCap < MAXIMUM_CAPACITY && ft < (float) MAXIMUM_CAPACITY ? (int) ft : Integer.MAX_VALUE;
        }
        threshold = newThr;
        Node<K, V>[] nt = (Node<K, V>[]) new Node[newCap];
        table = nt;
        for (int j = 0; j < oldCap; j++) {
            Node<K, V> e = old[j];
            if (e == null) continue;
            if (e instanceof HashTreeNode) {
                ((HashTreeNode<K, V>) e).split(this, nt, j, oldCap);
                continue;
            }
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

    final Node<K, V> getNode(Object key) {
        if (table == null) return null;
        int h = hash(key);
        return findIn(table[h & (table.length - 1)], h, key);
    }

    /* hooks for LinkedHashMap */
    Node<K, V> newNode(int hash, K key, V value, Node<K, V> next) { return new Node<>(hash, key, value, next); }
    HashTreeNode<K, V> newTreeNode(int hash, K key, V value, Node<K, V> next) { return new HashTreeNode<>(hash, key, value, next); }
    /* a node of a tree bin as a plain one, and the reverse */
    Node<K, V> replacementNode(Node<K, V> p, Node<K, V> next) { return new Node<>(p.hash, p.key, p.value, next); }
    HashTreeNode<K, V> replacementTreeNode(Node<K, V> p, Node<K, V> next) { return new HashTreeNode<>(p.hash, p.key, p.value, next); }
    void afterNodeAccess(Node<K, V> e) { }
    void afterNodeInsertion() { }
    void afterNodeRemoval(Node<K, V> e) { }

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
    public V put(K key, V value) { return putVal(key, value, false); }
    public V putIfAbsent(K key, V value) { return putVal(key, value, true); }
    private V putVal(K key, V value, boolean onlyIfAbsent) {
        if (table == null) resize();
        int h = hash(key);
        int i = h & (table.length - 1);
        Node<K, V> first = table[i], e = null;
        if (first instanceof HashTreeNode) {
            e = findIn(first, h, key);
            if (e == null) HashTreeNode.putTreeVal(this, table, (HashTreeNode<K, V>) first, h, key, value);
        } else {
            /* one walk: the key's node, or the bin's last and its length */
            Node<K, V> last = null;
            int count = 0;
            for (e = first; e != null && !(e.hash == h && (e.key == key || (key != null && key.equals(e.key)))); e = e.next) {
                last = e;
                count++;
            }
            if (e == null && last == null) table[i] = newNode(h, key, value, null);
            else if (e == null) {
                last.next = newNode(h, key, value, null);
                if (count >= HashTreeNode.TREEIFY_THRESHOLD) treeifyBin(h);
            }
        }
        if (e != null) {
            V old = e.value;
            if (!onlyIfAbsent || old == null) e.value = value;
            afterNodeAccess(e);
            return old;
        }
        modCount++;
        if (++size > threshold) resize();
        afterNodeInsertion();
        return null;
    }
    /* the node of key (hash h) in the bin that starts with e, or null */
    private static <K, V> Node<K, V> findIn(Node<K, V> e, int h, Object key) {
        for (; e != null; e = e.next)
            if (e.hash == h && (e.key == key || (key != null && key.equals(e.key)))) return e;
        return null;
    }
    private static int binLength(Node<?, ?> e) {
        int n = 0;
        for (; e != null; e = e.next) n++;
        return n;
    }
    /* a bin of 8 or more: a tree, or a larger table while it is under 64 */
    private void treeifyBin(int h) {
        if (table.length < HashTreeNode.MIN_TREEIFY_CAPACITY) {
            resize();
            return;
        }
        int index = h & (table.length - 1);
        HashTreeNode<K, V> hd = null, tl = null;
        for (Node<K, V> e = table[index]; e != null; e = e.next) {
            HashTreeNode<K, V> p = replacementTreeNode(e, null);
            if ((p.prev = tl) == null) hd = p; else tl.next = p;
            tl = p;
        }
        table[index] = hd;
        if (hd != null) hd.treeify(table);
    }
    /* merge's and computeIfAbsent's new entry: at the head of a plain bin
     * (a tree if the bin had 7 or more), in a tree bin as put's */
    private void insertAtHead(int i, int h, K key, V value) {
        Node<K, V> first = table[i];
        if (first instanceof HashTreeNode) HashTreeNode.putTreeVal(this, table, (HashTreeNode<K, V>) first, h, key, value);
        else {
            table[i] = newNode(h, key, value, first);
            if (binLength(first) >= HashTreeNode.TREEIFY_THRESHOLD - 1) treeifyBin(h);
        }
        modCount++;
        size++;
        afterNodeInsertion();
    }
    public V remove(Object key) {
        Node<K, V> e = removeNode(key);
        return e == null ? null : e.value;
    }
    final Node<K, V> removeNode(Object key) { return removeNode(key, true); }
    /* movable false (an iterator's remove): a tree bin keeps its shape */
    final Node<K, V> removeNode(Object key, boolean movable) {
        if (table == null) return null;
        int h = hash(key);
        int i = h & (table.length - 1);
        Node<K, V> prev = null;
        for (Node<K, V> e = table[i]; e != null; prev = e, e = e.next)
            if (e.hash == h && (e.key == key || (key != null && key.equals(e.key)))) {
                if (e instanceof HashTreeNode) ((HashTreeNode<K, V>) e).removeTreeNode(this, table, movable);
                else if (prev == null) table[i] = e.next;
                else prev.next = e.next;
                size--;
                modCount++;
                afterNodeRemoval(e);
                return e;
            }
        return null;
    }
    /* merge and computeIfAbsent as the JDK's: the table grows before (not
     * after) the new entry, which goes at the head of its bin */
    public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> f) {
        if (value == null || f == null) throw new NullPointerException();
        if (table == null || size > threshold) resize();
        int h = hash(key);
        int i = h & (table.length - 1);
        Node<K, V> e = findIn(table[i], h, key);
        if (e != null) {
            V v = e.value == null ? value : f.apply(e.value, value);
            if (v == null) removeNode(key);
            else {
                e.value = v;
                afterNodeAccess(e);
            }
            return v;
        }
        insertAtHead(i, h, key, value);
        return value;
    }
    public V computeIfAbsent(K key, Function<? super K, ? extends V> f) {
        if (f == null) throw new NullPointerException();
        if (table == null || size > threshold) resize();
        int h = hash(key);
        int i = h & (table.length - 1);
        Node<K, V> old = findIn(table[i], h, key);
        if (old != null && old.value != null) {
            afterNodeAccess(old);
            return old.value;
        }
        V v = f.apply(key);
        if (v == null) return null;
        if (old != null) {
            old.value = v;
            afterNodeAccess(old);
            return v;
        }
        insertAtHead(i, h, key, v);
        return v;
    }

    public void clear() {
        modCount++;
        if (table != null && size > 0) {
            size = 0;
            for (int i = 0; i < table.length; i++) table[i] = null;
        }
    }
    /* as the JDK's: the whole table, then ConcurrentModificationException if
     * the action changed the map */
    public void forEach(BiConsumer<? super K, ? super V> action) {
        if (action == null) throw new NullPointerException();
        if (size == 0 || table == null) return;
        int mc = modCount;
        for (Node<K, V> b : table)
            for (Node<K, V> e = b; e != null; e = e.next) action.accept(e.key, e.value);
        if (modCount != mc) throw new ConcurrentModificationException();
    }

    /* iteration order: table order here; LinkedHashMap overrides both */
    Node<K, V> firstNode() { return table == null || size == 0 ? null : binFrom(0); }
    Node<K, V> nextNode(Node<K, V> e) { return e.next != null ? e.next : binFrom((e.hash & (table.length - 1)) + 1); }
    private Node<K, V> binFrom(int i) {
        for (; i < table.length; i++) if (table[i] != null) return table[i];
        return null;
    }

    /* fail-fast: next() after a structural change not made by remove()
     * throws ConcurrentModificationException */
    private class HashIterator implements Iterator<Node<K, V>> {
        Node<K, V> next = firstNode(), current;
        int expected = modCount;
        public boolean hasNext() { return next != null; }
        public Node<K, V> next() {
            if (modCount != expected) throw new ConcurrentModificationException();
            Node<K, V> e = next;
            if (e == null) throw new NoSuchElementException();
            current = e;
            next = nextNode(e);
            return e;
        }
        public void remove() {
            if (current == null) throw new IllegalStateException();
            if (modCount != expected) throw new ConcurrentModificationException();
            removeNode(current.key, false);
            current = null;
            expected = modCount;
        }
    }

    /* keys, values or entries of the nodes a node iterator gives */
    private class ViewIterator<T> implements Iterator<T> {
        private final HashIterator nodes = new HashIterator();
        private final int what;   /* 0 keys, 1 values, 2 entries */
        ViewIterator(int what) { this.what = what; }
        public boolean hasNext() { return nodes.hasNext(); }
        public T next() {
            Node<K, V> e = nodes.next();
            if (what == 0) return (T) e.key;
            if (what == 1) return (T) e.value;
            return (T) e;
        }
        public void remove() { nodes.remove(); }
    }

    private class KeySet extends AbstractSet<K> {
        public int size() { return size; }
        public void clear() { HashMap.this.clear(); }
        public Iterator<K> iterator() { return new ViewIterator<K>(0); }
        public boolean contains(Object o) { return containsKey(o); }
        public boolean remove(Object o) { return removeNode(o) != null; }
    }
    private class Values extends AbstractCollection<V> {
        public int size() { return size; }
        public void clear() { HashMap.this.clear(); }
        public Iterator<V> iterator() { return new ViewIterator<V>(1); }
        public boolean contains(Object o) { return containsValue(o); }
    }
    private class EntrySet extends AbstractSet<Map.Entry<K, V>> {
        public int size() { return size; }
        public void clear() { HashMap.this.clear(); }
        public Iterator<Map.Entry<K, V>> iterator() { return new ViewIterator<Map.Entry<K, V>>(2); }
        public boolean contains(Object o) {
            if (!(o instanceof Map.Entry)) return false;
            Node<K, V> n = getNode(((Map.Entry<?, ?>) o).getKey());
            return n != null && n.equals(o);
        }
        public boolean remove(Object o) {
            if (!contains(o)) return false;
            removeNode(((Map.Entry<?, ?>) o).getKey());
            return true;
        }
    }
    public Set<K> keySet() { return new KeySet(); }
    public Collection<V> values() { return new Values(); }
    public Set<Map.Entry<K, V>> entrySet() { return new EntrySet(); }
}
