import java.io.Serializable;
import java.util.*;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

/* java.util.concurrent.ConcurrentHashMap as a single-threaded JDK 17 run
 * behaves: the JDK's table, so the JVM's iteration order and toString.
 * - sizes: ConcurrentHashMap(c, lf, cl) asks for tableSizeFor(1 + max(c, cl) / lf)
 *   bins; the first table is that, or 16; a table of n holds 3n/4 entries
 *   (sizeCtl): the entry that makes the count reach it doubles the table;
 *   putAll and a bin of 8 in a table under 64 grow the table by doubling
 *   until sizeCtl >= tableSizeFor(s + s/2 + 1) (tryPresize).
 * - hashes are spread (h ^ h >>> 16) & 0x7fffffff; a new key goes at the end
 *   of its bin; a bin that held 8 becomes a tree bin (a table of 64 or
 *   more), whose chain takes new keys at its front.
 * - a resize moves each bin into bins i and i + n: the bin's last run of
 *   nodes bound for one half stays as it is, the nodes before it are copied
 *   in reverse order in front of their half; a tree bin splits in order
 *   and stays a tree above 6 entries.  The old table's bins then forward
 *   to the new one, so an iterator made before a resize goes on as the JDK's.
 * - compute*'s function on an empty bin runs with a reservation in it:
 *   touching that bin or resizing then throws "Recursive update", as the JDK.
 * Tree bins keep a red-black tree of java.util.LimeTreeBins beside their
 * chain: the tree's shape decides when a removal makes the bin plain. */
public class ConcurrentHashMap<K, V> extends AbstractMap<K, V> implements ConcurrentMap<K, V>, Serializable {
    static final int MOVED = -1, TREEBIN = -2, RESERVED = -3, HASH_BITS = 0x7fffffff;
    static final int MAXIMUM_CAPACITY = 1 << 30, TREEIFY_THRESHOLD = 8, UNTREEIFY_THRESHOLD = 6, MIN_TREEIFY_CAPACITY = 64;

    static class Node<K, V> {
        final int hash;
        final K key;
        V val;
        Node<K, V> next;
        Object tree;   /* its LimeTreeBins node while in a tree bin */
        Node(int hash, K key, V val, Node<K, V> next) {
            this.hash = hash;
            this.key = key;
            this.val = val;
            this.next = next;
        }
    }
    /* a tree bin's head: the chain from first, the tree from root */
    static final class TreeBin<K, V> extends Node<K, V> {
        Node<K, V> first;
        Object root;
        TreeBin(Node<K, V> chain) {
            super(TREEBIN, null, null, null);
            first = chain;
            for (Node<K, V> e = chain; e != null; e = e.next) root = LimeTreeBins.insert(root, e.tree = LimeTreeBins.node(e.hash, e.key, e));
        }
    }
    /* an old table's bin after a resize */
    static final class Forward<K, V> extends Node<K, V> {
        final Node<K, V>[] nextTable;
        Forward(Node<K, V>[] t) {
            super(MOVED, null, null, null);
            nextTable = t;
        }
    }

    private Node<K, V>[] table;
    private int sizeCtl;   /* before the table: its size (0: 16); after: the count that grows it */
    private long count;

    public ConcurrentHashMap() { }
    public ConcurrentHashMap(int initialCapacity) { this(initialCapacity, 0.75f, 1); }
    public ConcurrentHashMap(int initialCapacity, float loadFactor) { this(initialCapacity, loadFactor, 1); }
    public ConcurrentHashMap(int initialCapacity, float loadFactor, int concurrencyLevel) {
        if (!(loadFactor > 0.0f) || initialCapacity < 0 || concurrencyLevel <= 0) throw new IllegalArgumentException();
        if (initialCapacity < concurrencyLevel) initialCapacity = concurrencyLevel;
        long size = (long) (1.0 + (long) initialCapacity / loadFactor);
        sizeCtl = size >= (long) MAXIMUM_CAPACITY ? MAXIMUM_CAPACITY : tableSizeFor((int) size);
    }
    public ConcurrentHashMap(Map<? extends K, ? extends V> m) {
        sizeCtl = 16;
        putAll(m);
    }

    static int spread(int h) { return (h ^ (h >>> 16)) & HASH_BITS; }
    private static int tableSizeFor(int c) {
        int n = -1 >>> Integer.numberOfLeadingZeros(c - 1);
        return n < 0 ? 1 : n >= MAXIMUM_CAPACITY ? MAXIMUM_CAPACITY : n + 1;
    }
    private static boolean same(Node<?, ?> e, int h, Object key) {
        return e.hash == h && (e.key == key || (e.key != null && key.equals(e.key)));
    }

    private Node<K, V>[] initTable() {
        int n = sizeCtl > 0 ? sizeCtl : 16;
        table = (Node<K, V>[]) new Node[n];
        sizeCtl = n - (n >>> 2);
        return table;
    }
    /* the current table of a bin that forwards */
    private Node<K, V>[] follow(Node<K, V> f) { return ((Forward<K, V>) f).nextTable; }

    /* ---- growing ---- */

    private void addCount(long x, boolean check) {
        count += x;
        if (!check) return;
        while (count >= (long) sizeCtl && table != null && table.length < MAXIMUM_CAPACITY) transfer();
    }
    private void tryPresize(int size) {
        int c = size >= (MAXIMUM_CAPACITY >>> 1) ? MAXIMUM_CAPACITY : tableSizeFor(size + (size >>> 1) + 1);
        for (;;) {
            if (table == null || table.length == 0) {
                int n = sizeCtl > c ? sizeCtl : c;
                table = (Node<K, V>[]) new Node[n];
                sizeCtl = n - (n >>> 2);
            } else if (c <= sizeCtl || table.length >= MAXIMUM_CAPACITY) return;
            else transfer();
        }
    }
    /* the table doubled, bins from the last to the first */
    private void transfer() {
        Node<K, V>[] tab = table;
        int n = tab.length;
        Node<K, V>[] nt = (Node<K, V>[]) new Node[n << 1];
        Forward<K, V> fwd = new Forward<>(nt);
        for (int i = n - 1; i >= 0; i--) {
            Node<K, V> f = tab[i];
            if (f == null) {
                tab[i] = fwd;
                continue;
            }
            if (f.hash == RESERVED) throw new IllegalStateException("Recursive update");
            Node<K, V> ln = null, hn = null;
            if (f instanceof TreeBin) {
                Node<K, V> lo = null, loTail = null, hi = null, hiTail = null;
                int lc = 0, hc = 0;
                for (Node<K, V> e = ((TreeBin<K, V>) f).first; e != null; e = e.next) {
                    Node<K, V> p = new Node<>(e.hash, e.key, e.val, null);
                    if ((e.hash & n) == 0) {
                        if (loTail == null) lo = p; else loTail.next = p;
                        loTail = p;
                        lc++;
                    } else {
                        if (hiTail == null) hi = p; else hiTail.next = p;
                        hiTail = p;
                        hc++;
                    }
                }
                ln = lc <= UNTREEIFY_THRESHOLD ? lo : hc != 0 ? new TreeBin<>(lo) : f;
                hn = hc <= UNTREEIFY_THRESHOLD ? hi : lc != 0 ? new TreeBin<>(hi) : f;
            } else {
                /* the last run of one half stays; the nodes before it are copied, reversed */
                int runBit = f.hash & n;
                Node<K, V> lastRun = f;
                for (Node<K, V> p = f.next; p != null; p = p.next) {
                    int b = p.hash & n;
                    if (b != runBit) {
                        runBit = b;
                        lastRun = p;
                    }
                }
                if (runBit == 0) ln = lastRun; else hn = lastRun;
                for (Node<K, V> p = f; p != lastRun; p = p.next) {
                    if ((p.hash & n) == 0) ln = new Node<>(p.hash, p.key, p.val, ln);
                    else hn = new Node<>(p.hash, p.key, p.val, hn);
                }
            }
            nt[i] = ln;
            nt[i + n] = hn;
            tab[i] = fwd;
        }
        table = nt;
        sizeCtl = (n << 1) - (n >>> 1);
    }
    /* a bin that reached 8: a larger table under 64, else a tree */
    private void treeifyBin(Node<K, V>[] tab, int index) {
        if (tab.length < MIN_TREEIFY_CAPACITY) tryPresize(tab.length << 1);
        else {
            Node<K, V> b = tab[index];
            if (b == null || b.hash < 0) return;
            Node<K, V> hd = null, tl = null;
            for (Node<K, V> e = b; e != null; e = e.next) {
                Node<K, V> p = new Node<>(e.hash, e.key, e.val, null);
                if (tl == null) hd = p; else tl.next = p;
                tl = p;
            }
            tab[index] = new TreeBin<>(hd);
        }
    }
    /* a tree bin's chain as plain nodes */
    private static <K, V> Node<K, V> untreeify(Node<K, V> b) {
        Node<K, V> hd = null, tl = null;
        for (Node<K, V> q = b; q != null; q = q.next) {
            Node<K, V> p = new Node<>(q.hash, q.key, q.val, null);
            if (tl == null) hd = p; else tl.next = p;
            tl = p;
        }
        return hd;
    }

    /* ---- tree bins ---- */

    private static <K, V> Node<K, V> findIn(Node<K, V> e, int h, Object key) {
        for (; e != null; e = e.next) if (same(e, h, key)) return e;
        return null;
    }
    /* a new node at the front of the chain and into the tree */
    private static <K, V> void putTreeVal(TreeBin<K, V> t, int h, K key, V val) {
        Node<K, V> x = new Node<>(h, key, val, t.first);
        t.first = x;
        t.root = LimeTreeBins.insert(t.root, x.tree = LimeTreeBins.node(h, key, x));
    }
    /* p out of the chain and, unless the tree is then too small (true), out of the tree */
    private static <K, V> boolean removeTreeNode(TreeBin<K, V> t, Node<K, V> p) {
        Node<K, V> pred = null;
        for (Node<K, V> e = t.first; e != p; e = e.next) pred = e;
        if (pred == null) t.first = p.next; else pred.next = p.next;
        if (t.first == null) {
            t.root = null;
            return true;
        }
        if (LimeTreeBins.small(t.root)) return true;
        t.root = LimeTreeBins.delete(t.root, p.tree);
        return false;
    }

    /* ---- reading ---- */

    public V get(Object key) {
        int h = spread(key.hashCode());
        Node<K, V>[] tab = table;
        while (tab != null) {
            Node<K, V> e = tab[(tab.length - 1) & h];
            if (e == null || e.hash == RESERVED) return null;
            if (e.hash == MOVED) {
                tab = follow(e);
                continue;
            }
            if (e instanceof TreeBin) e = ((TreeBin<K, V>) e).first;
            e = findIn(e, h, key);
            return e == null ? null : e.val;
        }
        return null;
    }
    public boolean containsKey(Object key) { return get(key) != null; }
    public boolean containsValue(Object value) {
        if (value == null) throw new NullPointerException();
        for (Traverser<K, V> it = new Traverser<>(table); it.next != null; it.advance())
            if (it.next.val == value || value.equals(it.next.val)) return true;
        return false;
    }
    public boolean contains(Object value) { return containsValue(value); }
    public V getOrDefault(Object key, V defaultValue) {
        V v = get(key);
        return v == null ? defaultValue : v;
    }
    public int size() { return count < 0 ? 0 : count > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) count; }
    public long mappingCount() { return count < 0 ? 0 : count; }
    public boolean isEmpty() { return count <= 0; }

    /* ---- writing ---- */

    public V put(K key, V value) { return putVal(key, value, false); }
    public V putIfAbsent(K key, V value) { return putVal(key, value, true); }
    private V putVal(K key, V value, boolean onlyIfAbsent) {
        if (key == null || value == null) throw new NullPointerException();
        int h = spread(key.hashCode());
        int binCount = 0;
        for (Node<K, V>[] tab = table;;) {
            Node<K, V> f;
            int i;
            if (tab == null || tab.length == 0) tab = initTable();
            else if ((f = tab[i = (tab.length - 1) & h]) == null) {
                tab[i] = new Node<>(h, key, value, null);
                break;
            } else if (f.hash == MOVED) tab = follow(f);
            else if (onlyIfAbsent && same(f, h, key) && f.val != null) return f.val;
            else {
                V oldVal = null;
                if (f.hash >= 0) {
                    binCount = 1;
                    for (Node<K, V> e = f;; binCount++) {
                        if (same(e, h, key)) {
                            oldVal = e.val;
                            if (!onlyIfAbsent) e.val = value;
                            break;
                        }
                        if (e.next == null) {
                            e.next = new Node<>(h, key, value, null);
                            break;
                        }
                        e = e.next;
                    }
                } else if (f instanceof TreeBin) {
                    binCount = 2;
                    TreeBin<K, V> t = (TreeBin<K, V>) f;
                    Node<K, V> p = findIn(t.first, h, key);
                    if (p != null) {
                        oldVal = p.val;
                        if (!onlyIfAbsent) p.val = value;
                    } else putTreeVal(t, h, key, value);
                } else throw new IllegalStateException("Recursive update");
                if (binCount >= TREEIFY_THRESHOLD) treeifyBin(tab, i);
                if (oldVal != null) return oldVal;
                break;
            }
        }
        addCount(1L, true);
        return null;
    }
    public void putAll(Map<? extends K, ? extends V> m) {
        tryPresize(m.size());
        for (Map.Entry<? extends K, ? extends V> e : m.entrySet()) putVal(e.getKey(), e.getValue(), false);
    }

    public V remove(Object key) { return replaceNode(key, null, null); }
    public boolean remove(Object key, Object value) {
        if (key == null) throw new NullPointerException();
        return value != null && replaceNode(key, null, value) != null;
    }
    public boolean replace(K key, V oldValue, V newValue) {
        if (key == null || oldValue == null || newValue == null) throw new NullPointerException();
        return replaceNode(key, newValue, oldValue) != null;
    }
    public V replace(K key, V value) {
        if (key == null || value == null) throw new NullPointerException();
        return replaceNode(key, value, null);
    }
    /* key's value replaced by value (null: the entry removed) if it is cv
     * (null: any); the old value, or null */
    final V replaceNode(Object key, V value, Object cv) {
        int h = spread(key.hashCode());
        for (Node<K, V>[] tab = table;;) {
            Node<K, V> f;
            int i;
            if (tab == null || tab.length == 0 || (f = tab[i = (tab.length - 1) & h]) == null) return null;
            if (f.hash == MOVED) {
                tab = follow(f);
                continue;
            }
            V oldVal = null;
            if (f.hash >= 0) {
                for (Node<K, V> e = f, pred = null; e != null; pred = e, e = e.next)
                    if (same(e, h, key)) {
                        V ev = e.val;
                        if (cv == null || cv == ev || (ev != null && cv.equals(ev))) {
                            oldVal = ev;
                            if (value != null) e.val = value;
                            else if (pred != null) pred.next = e.next;
                            else tab[i] = e.next;
                        }
                        break;
                    }
            } else if (f instanceof TreeBin) {
                TreeBin<K, V> t = (TreeBin<K, V>) f;
                Node<K, V> p = findIn(t.first, h, key);
                if (p != null) {
                    V pv = p.val;
                    if (cv == null || cv == pv || (pv != null && cv.equals(pv))) {
                        oldVal = pv;
                        if (value != null) p.val = value;
                        else if (removeTreeNode(t, p)) tab[i] = untreeify(t.first);
                    }
                }
            } else throw new IllegalStateException("Recursive update");
            if (oldVal != null && value == null) addCount(-1L, false);
            return oldVal;
        }
    }

    public void clear() {
        Node<K, V>[] tab = table;
        for (int i = 0; tab != null && i < tab.length;) {
            Node<K, V> f = tab[i];
            if (f == null) i++;
            else if (f.hash == MOVED) {
                tab = follow(f);
                i = 0;
            } else if (f.hash == RESERVED) throw new IllegalStateException("Recursive update");
            else {
                long n = 0;
                for (Node<K, V> p = f instanceof TreeBin ? ((TreeBin<K, V>) f).first : f; p != null; p = p.next) n++;
                tab[i++] = null;
                addCount(-n, false);
            }
        }
    }

    /* ---- computing ---- */

    /* a reservation: the bin of an absent key while compute*'s function runs */
    private Node<K, V> reservation() { return new Node<>(RESERVED, null, null, null); }

    public V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {
        if (key == null || mappingFunction == null) throw new NullPointerException();
        int h = spread(key.hashCode());
        V val = null;
        int binCount = 0;
        for (Node<K, V>[] tab = table;;) {
            Node<K, V> f;
            int i;
            if (tab == null || tab.length == 0) tab = initTable();
            else if ((f = tab[i = (tab.length - 1) & h]) == null) {
                Node<K, V> r = reservation();
                tab[i] = r;
                Node<K, V> node = null;
                try {
                    if ((val = mappingFunction.apply(key)) != null) node = new Node<>(h, key, val, null);
                } finally {
                    tab[i] = node;
                }
                binCount = 1;
                break;
            } else if (f.hash == MOVED) tab = follow(f);
            else if (same(f, h, key) && f.val != null) return f.val;
            else {
                boolean added = false;
                if (f.hash >= 0) {
                    binCount = 1;
                    for (Node<K, V> e = f;; binCount++) {
                        if (same(e, h, key)) {
                            val = e.val;
                            break;
                        }
                        Node<K, V> pred = e;
                        if ((e = e.next) == null) {
                            if ((val = mappingFunction.apply(key)) != null) {
                                if (pred.next != null) throw new IllegalStateException("Recursive update");
                                added = true;
                                pred.next = new Node<>(h, key, val, null);
                            }
                            break;
                        }
                    }
                } else if (f instanceof TreeBin) {
                    binCount = 2;
                    TreeBin<K, V> t = (TreeBin<K, V>) f;
                    Node<K, V> p = findIn(t.first, h, key);
                    if (p != null) val = p.val;
                    else if ((val = mappingFunction.apply(key)) != null) {
                        added = true;
                        putTreeVal(t, h, key, val);
                    }
                } else throw new IllegalStateException("Recursive update");
                if (binCount >= TREEIFY_THRESHOLD) treeifyBin(tab, i);
                if (!added) return val;
                break;
            }
        }
        if (val != null) addCount(1L, true);
        return val;
    }

    public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        if (key == null || remappingFunction == null) throw new NullPointerException();
        return remap(key, PRESENT, remappingFunction, null, null);
    }
    public V compute(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        if (key == null || remappingFunction == null) throw new NullPointerException();
        return remap(key, COMPUTE, remappingFunction, null, null);
    }
    public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
        if (key == null || value == null || remappingFunction == null) throw new NullPointerException();
        return remap(key, MERGE, null, value, remappingFunction);
    }

    private static final int COMPUTE = 0, PRESENT = 1, MERGE = 2;
    /* compute (cf of the key and its value or null), computeIfPresent (cf,
     * keys present only) and merge (value for an absent key, else mf of the
     * old value and value) as the JDK's: null from a function removes the
     * key; compute runs its function on an empty bin with a reservation in
     * it; a bin that reached 8 is treeified after compute and merge */
    private V remap(K key, int mode, BiFunction<? super K, ? super V, ? extends V> cf, V value,
                    BiFunction<? super V, ? super V, ? extends V> mf) {
        int h = spread(key.hashCode());
        V val = null;
        int delta = 0, binCount = 0;
        for (Node<K, V>[] tab = table;;) {
            Node<K, V> f;
            int i;
            if (tab == null || tab.length == 0) tab = initTable();
            else if ((f = tab[i = (tab.length - 1) & h]) == null) {
                if (mode == MERGE) {
                    tab[i] = new Node<>(h, key, value, null);
                    delta = 1;
                    val = value;
                } else if (mode == COMPUTE) {
                    tab[i] = reservation();
                    Node<K, V> node = null;
                    try {
                        if ((val = cf.apply(key, null)) != null) {
                            delta = 1;
                            node = new Node<>(h, key, val, null);
                        }
                    } finally {
                        tab[i] = node;
                    }
                }
                break;
            } else if (f.hash == MOVED) tab = follow(f);
            else {
                if (f.hash >= 0) {
                    binCount = 1;
                    for (Node<K, V> e = f, pred = null;; binCount++) {
                        if (same(e, h, key)) {
                            val = mode == MERGE ? mf.apply(e.val, value) : cf.apply(key, e.val);
                            if (val != null) e.val = val;
                            else {
                                delta = -1;
                                if (pred != null) pred.next = e.next; else tab[i] = e.next;
                            }
                            break;
                        }
                        pred = e;
                        if ((e = e.next) == null) {
                            if (mode == PRESENT) break;
                            val = mode == MERGE ? value : cf.apply(key, null);
                            if (val != null) {
                                if (pred.next != null) throw new IllegalStateException("Recursive update");
                                delta = 1;
                                pred.next = new Node<>(h, key, val, null);
                            }
                            break;
                        }
                    }
                } else if (f instanceof TreeBin) {
                    binCount = mode == COMPUTE ? 1 : 2;
                    TreeBin<K, V> t = (TreeBin<K, V>) f;
                    Node<K, V> p = findIn(t.first, h, key);
                    if (p != null || mode != PRESENT) {
                        if (mode == MERGE) val = p == null ? value : mf.apply(p.val, value);
                        else val = cf.apply(key, p == null ? null : p.val);
                        if (val != null) {
                            if (p != null) p.val = val;
                            else {
                                delta = 1;
                                putTreeVal(t, h, key, val);
                            }
                        } else if (p != null) {
                            delta = -1;
                            if (removeTreeNode(t, p)) tab[i] = untreeify(t.first);
                        }
                    }
                } else throw new IllegalStateException("Recursive update");
                if (mode != PRESENT && binCount >= TREEIFY_THRESHOLD) treeifyBin(tab, i);
                break;
            }
        }
        if (delta != 0) addCount(delta, true);
        return val;
    }

    public void forEach(BiConsumer<? super K, ? super V> action) {
        if (action == null) throw new NullPointerException();
        for (Traverser<K, V> it = new Traverser<>(table); it.next != null; it.advance()) action.accept(it.next.key, it.next.val);
    }
    public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        if (function == null) throw new NullPointerException();
        for (Traverser<K, V> it = new Traverser<>(table); it.next != null; it.advance()) {
            V oldValue = it.next.val;
            for (K key = it.next.key;;) {
                V newValue = function.apply(key, oldValue);
                if (newValue == null) throw new NullPointerException();
                if (replaceNode(key, newValue, oldValue) != null || (oldValue = get(key)) == null) break;
            }
        }
    }

    /* ---- the whole map ---- */

    public boolean equals(Object o) {
        if (o == this) return true;
        if (!(o instanceof Map)) return false;
        Map<?, ?> m = (Map<?, ?>) o;
        for (Traverser<K, V> it = new Traverser<>(table); it.next != null; it.advance()) {
            V val = it.next.val;
            Object v = m.get(it.next.key);
            if (v == null || (v != val && !v.equals(val))) return false;
        }
        for (Map.Entry<?, ?> e : m.entrySet()) {
            Object mk, mv, v;
            if ((mk = e.getKey()) == null || (mv = e.getValue()) == null || (v = get(mk)) == null || (mv != v && !mv.equals(v)))
                return false;
        }
        return true;
    }
    public int hashCode() {
        int h = 0;
        for (Traverser<K, V> it = new Traverser<>(table); it.next != null; it.advance()) h += it.next.key.hashCode() ^ it.next.val.hashCode();
        return h;
    }
    public String toString() {
        Traverser<K, V> it = new Traverser<>(table);
        StringBuilder sb = new StringBuilder("{");
        for (Node<K, V> p = it.next; p != null;) {
            sb.append(p.key == this ? "(this Map)" : p.key).append('=').append(p.val == this ? "(this Map)" : p.val);
            if ((p = it.advance()) == null) break;
            sb.append(", ");
        }
        return sb.append('}').toString();
    }

    /* ---- traversal ---- */

    /* the nodes of a table in bin order; a bin that forwards is read in
     * the next table as its two bins i and i + n (recursively), then the
     * walk goes back to bin i + 1 of the table it came from.  next is the
     * node to give, found one ahead as the JDK's iterators do */
    static final class Traverser<K, V> {
        private Node<K, V>[] tab;
        Node<K, V> next;
        private int index, baseIndex;
        private final int baseSize;
        /* the tables left for a forwarded bin: their bin and length */
        private Node<K, V>[][] stackTab = (Node<K, V>[][]) new Node[8][];
        private int[] stackIndex = new int[8];
        private int depth;

        Traverser(Node<K, V>[] tab) {
            this.tab = tab;
            baseSize = tab == null ? 0 : tab.length;
            advance();
        }
        Node<K, V> advance() {
            Node<K, V> e = next;
            if (e != null) e = e.next;
            for (;;) {
                if (e != null) return next = e;
                Node<K, V>[] t = tab;
                int i = index, n;
                if (baseIndex >= baseSize || t == null || (n = t.length) <= i || i < 0) return next = null;
                if ((e = t[i]) != null && e.hash < 0) {
                    if (e instanceof Forward) {
                        tab = ((Forward<K, V>) e).nextTable;
                        push(t, i);
                        e = null;
                        continue;
                    }
                    e = e instanceof TreeBin ? ((TreeBin<K, V>) e).first : null;
                }
                if (depth > 0) pop(n);
                else if ((index = i + baseSize) >= n) index = ++baseIndex;
            }
        }
        private void push(Node<K, V>[] t, int i) {
            if (depth == stackTab.length) {
                stackTab = Arrays.copyOf(stackTab, 2 * depth);
                stackIndex = Arrays.copyOf(stackIndex, 2 * depth);
            }
            stackTab[depth] = t;
            stackIndex[depth++] = i;
        }
        /* after a bin of a table of length n reached through forwarding:
         * its twin i + len of the table that forwarded, or back up */
        private void pop(int n) {
            int len = 0;
            while (depth > 0 && (index += (len = stackTab[depth - 1].length)) >= n) {
                n = len;
                index = stackIndex[--depth];
                tab = stackTab[depth];
                stackTab[depth] = null;
            }
            if (depth == 0 && (index += baseSize) >= n) index = ++baseIndex;
        }
    }

    /* what an iterator gives of a node */
    private static final int KEYS = 0, VALUES = 1, ENTRIES = 2;
    private final class ViewIterator<T> implements Iterator<T>, Enumeration<T> {
        private final Traverser<K, V> nodes = new Traverser<>(table);
        private final int what;
        private Node<K, V> last;
        ViewIterator(int what) { this.what = what; }
        public boolean hasNext() { return nodes.next != null; }
        public boolean hasMoreElements() { return nodes.next != null; }
        public T nextElement() { return next(); }
        public T next() {
            Node<K, V> p = nodes.next;
            if (p == null) throw new NoSuchElementException();
            last = p;
            nodes.advance();
            if (what == KEYS) return (T) p.key;
            if (what == VALUES) return (T) p.val;
            return (T) new MapEntry<K, V>(p.key, p.val, ConcurrentHashMap.this);
        }
        public void remove() {
            if (last == null) throw new IllegalStateException();
            replaceNode(last.key, null, null);
            last = null;
        }
    }
    /* an iterator's entry: setValue writes through to the map */
    static final class MapEntry<K, V> implements Map.Entry<K, V> {
        private final K key;
        private V val;
        private final ConcurrentHashMap<K, V> map;
        MapEntry(K key, V val, ConcurrentHashMap<K, V> map) {
            this.key = key;
            this.val = val;
            this.map = map;
        }
        public K getKey() { return key; }
        public V getValue() { return val; }
        public int hashCode() { return key.hashCode() ^ val.hashCode(); }
        public String toString() { return key + "=" + val; }
        public boolean equals(Object o) {
            Object k, v;
            Map.Entry<?, ?> e;
            return o instanceof Map.Entry && (k = (e = (Map.Entry<?, ?>) o).getKey()) != null && (v = e.getValue()) != null
                && (k == key || k.equals(key)) && (v == val || v.equals(val));
        }
        public V setValue(V value) {
            if (value == null) throw new NullPointerException();
            V v = val;
            val = value;
            map.put(key, value);
            return v;
        }
    }

    public Enumeration<K> keys() { return new ViewIterator<K>(KEYS); }
    public Enumeration<V> elements() { return new ViewIterator<V>(VALUES); }

    /* the views, made once as the JDK's */
    private KeySetView<K, V> keySet;
    private Collection<V> values;
    private Set<Map.Entry<K, V>> entrySet;
    public KeySetView<K, V> keySet() { return keySet != null ? keySet : (keySet = new KeySetView<>(this, null)); }
    public KeySetView<K, V> keySet(V mappedValue) {
        if (mappedValue == null) throw new NullPointerException();
        return new KeySetView<>(this, mappedValue);
    }
    public static <K> KeySetView<K, Boolean> newKeySet() { return new KeySetView<>(new ConcurrentHashMap<K, Boolean>(), Boolean.TRUE); }
    public static <K> KeySetView<K, Boolean> newKeySet(int initialCapacity) {
        return new KeySetView<>(new ConcurrentHashMap<K, Boolean>(initialCapacity), Boolean.TRUE);
    }
    public Collection<V> values() { return values != null ? values : (values = new ValuesView()); }
    public Set<Map.Entry<K, V>> entrySet() { return entrySet != null ? entrySet : (entrySet = new EntrySetView()); }

    /* the keys as a set; add puts the mapped value (none: UnsupportedOperationException) */
    public static class KeySetView<K, V> extends AbstractSet<K> implements Serializable {
        private final ConcurrentHashMap<K, V> map;
        private final V value;
        KeySetView(ConcurrentHashMap<K, V> map, V value) {
            this.map = map;
            this.value = value;
        }
        public ConcurrentHashMap<K, V> getMap() { return map; }
        public V getMappedValue() { return value; }
        public int size() { return map.size(); }
        public boolean isEmpty() { return map.isEmpty(); }
        public void clear() { map.clear(); }
        public boolean contains(Object o) { return map.containsKey(o); }
        public boolean remove(Object o) { return map.remove(o) != null; }
        public Iterator<K> iterator() { return map.new ViewIterator<K>(KEYS); }
        public boolean add(K e) {
            if (value == null) throw new UnsupportedOperationException();
            return map.putVal(e, value, true) == null;
        }
        public boolean addAll(Collection<? extends K> c) {
            if (value == null) throw new UnsupportedOperationException();
            boolean added = false;
            for (K e : c) if (map.putVal(e, value, true) == null) added = true;
            return added;
        }
        public int hashCode() {
            int h = 0;
            for (K k : this) h += k.hashCode();
            return h;
        }
        public boolean equals(Object o) {
            Set<?> c;
            return o instanceof Set && ((c = (Set<?>) o) == this || (containsAll(c) && c.containsAll(this)));
        }
        public void forEach(java.util.function.Consumer<? super K> action) {
            if (action == null) throw new NullPointerException();
            for (Traverser<K, V> it = new Traverser<>(map.table); it.next != null; it.advance()) action.accept(it.next.key);
        }
    }
    private final class ValuesView extends AbstractCollection<V> implements Serializable {
        public int size() { return ConcurrentHashMap.this.size(); }
        public boolean isEmpty() { return ConcurrentHashMap.this.isEmpty(); }
        public void clear() { ConcurrentHashMap.this.clear(); }
        public boolean contains(Object o) { return containsValue(o); }
        public Iterator<V> iterator() { return new ViewIterator<V>(VALUES); }
        public boolean add(V e) { throw new UnsupportedOperationException(); }
        public boolean addAll(Collection<? extends V> c) { throw new UnsupportedOperationException(); }
        public boolean remove(Object o) {
            if (o != null)
                for (Iterator<V> it = iterator(); it.hasNext();)
                    if (o.equals(it.next())) {
                        it.remove();
                        return true;
                    }
            return false;
        }
    }
    private final class EntrySetView extends AbstractSet<Map.Entry<K, V>> implements Serializable {
        public int size() { return ConcurrentHashMap.this.size(); }
        public boolean isEmpty() { return ConcurrentHashMap.this.isEmpty(); }
        public void clear() { ConcurrentHashMap.this.clear(); }
        public Iterator<Map.Entry<K, V>> iterator() { return new ViewIterator<Map.Entry<K, V>>(ENTRIES); }
        public boolean contains(Object o) {
            Object k, v, r;
            Map.Entry<?, ?> e;
            return o instanceof Map.Entry && (k = (e = (Map.Entry<?, ?>) o).getKey()) != null && (r = get(k)) != null
                && (v = e.getValue()) != null && (v == r || v.equals(r));
        }
        public boolean remove(Object o) {
            Object k, v;
            Map.Entry<?, ?> e;
            return o instanceof Map.Entry && (k = (e = (Map.Entry<?, ?>) o).getKey()) != null && (v = e.getValue()) != null
                && ConcurrentHashMap.this.remove(k, v);
        }
        public boolean add(Map.Entry<K, V> e) { return putVal(e.getKey(), e.getValue(), false) == null; }
        public int hashCode() {
            int h = 0;
            for (Traverser<K, V> it = new Traverser<>(table); it.next != null; it.advance()) h += it.next.key.hashCode() ^ it.next.val.hashCode();
            return h;
        }
    }
}
