/* java.util.LinkedHashMap: a HashMap whose entries are also on a doubly
 * linked list, in insertion order or (accessOrder) least recently accessed
 * first; iteration follows the list.  After each insertion the eldest entry
 * is removed when removeEldestEntry (false here) says so: an LRU cache. */
public class LinkedHashMap<K, V> extends HashMap<K, V> implements Map<K, V> {
    static class Entry<K, V> extends HashMap.Node<K, V> {
        Entry<K, V> before, after;
        Entry(int hash, K key, V value, HashMap.Node<K, V> next) { super(hash, key, value, next); }
    }

    private Entry<K, V> head, tail;   /* eldest, youngest */
    private final boolean accessOrder;

    public LinkedHashMap() { accessOrder = false; }
    public LinkedHashMap(int initialCapacity) {
        super(initialCapacity);
        accessOrder = false;
    }
    public LinkedHashMap(int initialCapacity, float loadFactor) {
        super(initialCapacity, loadFactor);
        accessOrder = false;
    }
    public LinkedHashMap(int initialCapacity, float loadFactor, boolean accessOrder) {
        super(initialCapacity, loadFactor);
        this.accessOrder = accessOrder;
    }
    public LinkedHashMap(Map<? extends K, ? extends V> m) {
        accessOrder = false;
        putAll(m);
    }

    protected boolean removeEldestEntry(Map.Entry<K, V> eldest) { return false; }

    HashMap.Node<K, V> newNode(int hash, K key, V value, HashMap.Node<K, V> next) {
        return linkLast(new Entry<>(hash, key, value, next));
    }
    HashTreeNode<K, V> newTreeNode(int hash, K key, V value, HashMap.Node<K, V> next) {
        return linkLast(new HashTreeNode<>(hash, key, value, next));
    }
    /* a bin turned into a tree or back: the new node takes the old one's
     * place in the list */
    HashMap.Node<K, V> replacementNode(HashMap.Node<K, V> p, HashMap.Node<K, V> next) {
        return transferLinks((Entry<K, V>) p, new Entry<>(p.hash, p.key, p.value, next));
    }
    HashTreeNode<K, V> replacementTreeNode(HashMap.Node<K, V> p, HashMap.Node<K, V> next) {
        return transferLinks((Entry<K, V>) p, new HashTreeNode<>(p.hash, p.key, p.value, next));
    }
    private <E extends Entry<K, V>> E linkLast(E p) {
        if (tail == null) head = p;
        else {
            p.before = tail;
            tail.after = p;
        }
        tail = p;
        return p;
    }
    private <E extends Entry<K, V>> E transferLinks(Entry<K, V> src, E dst) {
        Entry<K, V> b = dst.before = src.before, a = dst.after = src.after;
        if (b == null) head = dst; else b.after = dst;
        if (a == null) tail = dst; else a.before = dst;
        return dst;
    }
    void afterNodeRemoval(HashMap.Node<K, V> e) {
        Entry<K, V> p = (Entry<K, V>) e, b = p.before, a = p.after;
        p.before = p.after = null;
        if (b == null) head = a; else b.after = a;
        if (a == null) tail = b; else a.before = b;
    }
    void afterNodeInsertion() {
        Entry<K, V> first = head;
        if (first != null && removeEldestEntry(first)) removeNode(first.key);
    }
    /* in access order, e moves to the end (a structural change) */
    void afterNodeAccess(HashMap.Node<K, V> e) {
        Entry<K, V> p = (Entry<K, V>) e;
        if (!accessOrder || tail == p) return;
        afterNodeRemoval(p);
        p.before = tail;
        if (tail == null) head = p; else tail.after = p;
        tail = p;
        modCount++;
    }

    public V get(Object key) {
        HashMap.Node<K, V> e = getNode(key);
        if (e == null) return null;
        afterNodeAccess(e);
        return e.value;
    }
    public V getOrDefault(Object key, V defaultValue) {
        HashMap.Node<K, V> e = getNode(key);
        if (e == null) return defaultValue;
        afterNodeAccess(e);
        return e.value;
    }
    public boolean containsValue(Object value) {
        for (Entry<K, V> e = head; e != null; e = e.after) if (Objects.equals(value, e.value)) return true;
        return false;
    }
    public void clear() {
        super.clear();
        head = tail = null;
    }
    public void forEach(BiConsumer<? super K, ? super V> action) {
        if (action == null) throw new NullPointerException();
        int mc = modCount;
        for (Entry<K, V> e = head; e != null; e = e.after) action.accept(e.key, e.value);
        if (modCount != mc) throw new ConcurrentModificationException();
    }

    HashMap.Node<K, V> firstNode() { return head; }
    HashMap.Node<K, V> nextNode(HashMap.Node<K, V> e) { return ((Entry<K, V>) e).after; }
}
