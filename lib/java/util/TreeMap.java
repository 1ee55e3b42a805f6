/* java.util.TreeMap: keys in their order (natural or a Comparator), in a
 * treap (a search tree kept balanced by random priorities: expected
 * O(log n) per operation).  The order of iteration and every result are
 * the JDK's red-black tree's: only the shape differs. */
public class TreeMap<K, V> extends AbstractMap<K, V> implements NavigableMap<K, V>, java.io.Serializable {
    static final class Node<K, V> implements Map.Entry<K, V> {
        K key;
        V value;
        final int priority;
        Node<K, V> left, right;
        Node(K key, V value, int priority) { this.key = key; this.value = value; this.priority = priority; }
        public K getKey() { return key; }
        public V getValue() { return value; }
        public V setValue(V v) { V old = value; value = v; return old; }
        public String toString() { return key + "=" + value; }
        public boolean equals(Object o) { return entryEquals(this, o); }
        public int hashCode() { return Objects.hashCode(key) ^ Objects.hashCode(value); }
    }

    private final Comparator<K> comparator;
    private Node<K, V> root;
    private int size;
    private int modCount;
    private int seed = 0x2545F491;

    public TreeMap() { comparator = null; }
    public TreeMap(Comparator<? super K> comparator) { this.comparator = comparator; }
    public TreeMap(Map<? extends K, ? extends V> m) {
        comparator = null;
        for (Map.Entry<? extends K, ? extends V> e : m.entrySet()) put(e.getKey(), e.getValue());
    }

    private int compare(Object a, Object b) {
        if (comparator != null) return comparator.compare((K) a, (K) b);
        if (a == null || b == null) throw new NullPointerException();
        return ((Comparable<Object>) a).compareTo(b);
    }
    private int nextPriority() {
        seed ^= seed << 13;
        seed ^= seed >>> 17;
        seed ^= seed << 5;
        return seed;
    }

    private Node<K, V> find(Object key) {
        Node<K, V> x = root;
        while (x != null) {
            int c = compare(key, x.key);
            if (c == 0) return x;
            x = c < 0 ? x.left : x.right;
        }
        return null;
    }

    /* splits t into keys < key (left) and >= key (right) */
    private Node<K, V> splitLeft, splitRight;
    private void split(Node<K, V> t, Object key) {
        if (t == null) {
            splitLeft = splitRight = null;
            return;
        }
        if (compare(t.key, key) < 0) {
            split(t.right, key);
            t.right = splitLeft;
            splitLeft = t;
        } else {
            split(t.left, key);
            t.left = splitRight;
            splitRight = t;
        }
    }
    private Node<K, V> merge(Node<K, V> a, Node<K, V> b) {
        if (a == null) return b;
        if (b == null) return a;
        if (a.priority > b.priority) {
            a.right = merge(a.right, b);
            return a;
        }
        b.left = merge(a, b.left);
        return b;
    }
    private Node<K, V> insert(Node<K, V> t, Node<K, V> n) {
        if (t == null) return n;
        if (n.priority > t.priority) {
            split(t, n.key);
            n.left = splitLeft;
            n.right = splitRight;
            return n;
        }
        if (compare(n.key, t.key) < 0) t.left = insert(t.left, n);
        else t.right = insert(t.right, n);
        return t;
    }
    private Node<K, V> delete(Node<K, V> t, Object key) {
        int c = compare(key, t.key);
        if (c == 0) return merge(t.left, t.right);
        if (c < 0) t.left = delete(t.left, key);
        else t.right = delete(t.right, key);
        return t;
    }

    public int size() { return size; }
    public boolean isEmpty() { return size == 0; }
    public V get(Object key) {
        Node<K, V> n = find(key);
        return n == null ? null : n.value;
    }
    public boolean containsKey(Object key) { return find(key) != null; }
    public V put(K key, V value) {
        if (root == null) compare(key, key); /* the JDK checks the first key's type and null */
        Node<K, V> n = find(key);
        if (n != null) return n.setValue(value);
        root = insert(root, new Node<>(key, value, nextPriority()));
        size++;
        modCount++;
        return null;
    }
    public V remove(Object key) {
        Node<K, V> n = find(key);
        if (n == null) return null;
        root = delete(root, key);
        size--;
        modCount++;
        return n.value;
    }
    public void clear() {
        root = null;
        size = 0;
        modCount++;
    }

    private Node<K, V> first() {
        Node<K, V> x = root;
        while (x != null && x.left != null) x = x.left;
        return x;
    }
    private Node<K, V> last() {
        Node<K, V> x = root;
        while (x != null && x.right != null) x = x.right;
        return x;
    }
    /* the least key >= (inclusive) or > key; the greatest <= or < */
    private Node<K, V> ceiling(Object key, boolean inclusive) {
        Node<K, V> x = root, best = null;
        while (x != null) {
            int c = compare(key, x.key);
            if (c < 0 || (c == 0 && inclusive)) {
                best = x;
                if (c == 0) return x;
                x = x.left;
            } else x = x.right;
        }
        return best;
    }
    private Node<K, V> floor(Object key, boolean inclusive) {
        Node<K, V> x = root, best = null;
        while (x != null) {
            int c = compare(key, x.key);
            if (c > 0 || (c == 0 && inclusive)) {
                best = x;
                if (c == 0) return x;
                x = x.right;
            } else x = x.left;
        }
        return best;
    }
    private static <K> K keyOf(Node<K, ?> n) { return n == null ? null : n.key; }
    private static <K> K keyOrThrow(Node<K, ?> n) {
        if (n == null) throw new NoSuchElementException();
        return n.key;
    }

    public K firstKey() { return keyOrThrow(first()); }
    public K lastKey() { return keyOrThrow(last()); }
    public Map.Entry<K, V> firstEntry() { return first(); }
    public Map.Entry<K, V> lastEntry() { return last(); }
    public K ceilingKey(K key) { return keyOf(ceiling(key, true)); }
    public K higherKey(K key) { return keyOf(ceiling(key, false)); }
    public K floorKey(K key) { return keyOf(floor(key, true)); }
    public K lowerKey(K key) { return keyOf(floor(key, false)); }
    public Map.Entry<K, V> ceilingEntry(K key) { return ceiling(key, true); }
    public Map.Entry<K, V> floorEntry(K key) { return floor(key, true); }
    public Map.Entry<K, V> higherEntry(K key) { return ceiling(key, false); }
    public Map.Entry<K, V> lowerEntry(K key) { return floor(key, false); }
    public Comparator<? super K> comparator() { return comparator; }
    public Map.Entry<K, V> pollFirstEntry() {
        Node<K, V> n = first();
        if (n != null) remove(n.key);
        return n;
    }
    public Map.Entry<K, V> pollLastEntry() {
        Node<K, V> n = last();
        if (n != null) remove(n.key);
        return n;
    }

    /* the nodes in key order */
    private ArrayList<Node<K, V>> inOrder() {
        ArrayList<Node<K, V>> out = new ArrayList<>();
        ArrayDeque<Node<K, V>> stack = new ArrayDeque<>();
        Node<K, V> x = root;
        while (x != null || !stack.isEmpty()) {
            while (x != null) {
                stack.push(x);
                x = x.left;
            }
            x = stack.pop();
            out.add(x);
            x = x.right;
        }
        return out;
    }
    /* keys, values or entries of a snapshot of nodes (by default all, in
     * key order); fail-fast, and remove() removes from the map */
    private class ViewIterator<T> implements Iterator<T> {
        private final ArrayList<Node<K, V>> nodes;
        private final int what;   /* 0 keys, 1 values, 2 entries */
        private int i;
        private int expected = modCount;
        private Node<K, V> last;
        ViewIterator(int what) { this(what, inOrder()); }
        ViewIterator(int what, ArrayList<Node<K, V>> nodes) {
            this.what = what;
            this.nodes = nodes;
        }
        public boolean hasNext() { return i < nodes.size(); }
        public T next() {
            if (modCount != expected) throw new ConcurrentModificationException();
            if (i >= nodes.size()) throw new NoSuchElementException();
            last = nodes.get(i++);
            if (what == 0) return (T) last.key;
            if (what == 1) return (T) last.value;
            return (T) last;
        }
        public void remove() {
            if (last == null) throw new IllegalStateException();
            if (modCount != expected) throw new ConcurrentModificationException();
            TreeMap.this.remove(last.key);
            last = null;
            expected = modCount;
        }
    }
    public Set<K> keySet() {
        return new AbstractSet<K>() {
            public int size() { return size; }
            public void clear() { TreeMap.this.clear(); }
            public Iterator<K> iterator() { return new ViewIterator<K>(0); }
            public boolean contains(Object o) { return containsKey(o); }
            public boolean remove(Object o) {
                if (!containsKey(o)) return false;
                TreeMap.this.remove(o);
                return true;
            }
        };
    }
    public Collection<V> values() {
        return new AbstractCollection<V>() {
            public int size() { return size; }
            public void clear() { TreeMap.this.clear(); }
            public Iterator<V> iterator() { return new ViewIterator<V>(1); }
        };
    }
    public Set<Map.Entry<K, V>> entrySet() {
        return new AbstractSet<Map.Entry<K, V>>() {
            public int size() { return size; }
            public void clear() { TreeMap.this.clear(); }
            public Iterator<Map.Entry<K, V>> iterator() { return new ViewIterator<Map.Entry<K, V>>(2); }
            public boolean contains(Object o) {
                if (!(o instanceof Map.Entry)) return false;
                Node<K, V> n = find(((Map.Entry<?, ?>) o).getKey());
                return n != null && n.equals(o);
            }
        };
    }

    /* the views: key ranges and the reverse order */
    public NavigableSet<K> navigableKeySet() { return new TreeSet<K>((NavigableMap<K, Object>) this, true); }
    public NavigableSet<K> descendingKeySet() { return descendingMap().navigableKeySet(); }
    public NavigableMap<K, V> descendingMap() { return new SubMap(true, null, false, true, null, false, true); }
    public NavigableMap<K, V> subMap(K fromKey, boolean fromInclusive, K toKey, boolean toInclusive) {
        return new SubMap(false, fromKey, fromInclusive, false, toKey, toInclusive, false);
    }
    public NavigableMap<K, V> headMap(K toKey, boolean inclusive) { return new SubMap(true, null, false, false, toKey, inclusive, false); }
    public NavigableMap<K, V> tailMap(K fromKey, boolean inclusive) { return new SubMap(false, fromKey, inclusive, true, null, false, false); }
    public SortedMap<K, V> subMap(K fromKey, K toKey) { return subMap(fromKey, true, toKey, false); }
    public SortedMap<K, V> headMap(K toKey) { return headMap(toKey, false); }
    public SortedMap<K, V> tailMap(K fromKey) { return tailMap(fromKey, true); }

    /* The keys from lo to hi (each bound inclusive or not; fromStart, toEnd:
     * none) of this map, ascending or descending: a view, reading and
     * writing the map, as the JDK's (a key out of range cannot be put:
     * IllegalArgumentException "key out of range").  Bounds are absolute;
     * "first", "lower", "head" are relative to the view's order. */
    private final class SubMap extends AbstractMap<K, V> implements NavigableMap<K, V> {
        private final boolean fromStart, loInclusive, toEnd, hiInclusive, descending;
        private final K lo, hi;

        SubMap(boolean fromStart, K lo, boolean loInclusive, boolean toEnd, K hi, boolean hiInclusive, boolean descending) {
            if (!fromStart && !toEnd) {
                if (compare(lo, hi) > 0) throw new IllegalArgumentException("fromKey > toKey");
            } else {
                if (!fromStart) compare(lo, lo);   /* the JDK's type and null checks */
                if (!toEnd) compare(hi, hi);
            }
            this.fromStart = fromStart;
            this.lo = lo;
            this.loInclusive = loInclusive;
            this.toEnd = toEnd;
            this.hi = hi;
            this.hiInclusive = hiInclusive;
            this.descending = descending;
        }

        private boolean tooLow(Object key) {
            if (fromStart) return false;
            int c = compare(key, lo);
            return c < 0 || (c == 0 && !loInclusive);
        }
        private boolean tooHigh(Object key) {
            if (toEnd) return false;
            int c = compare(key, hi);
            return c > 0 || (c == 0 && !hiInclusive);
        }
        private boolean inRange(Object key) { return !tooLow(key) && !tooHigh(key); }
        /* a bound of a view of this view: within this one's range (its own
         * bound counts as within when that is exclusive only if inclusive is) */
        private boolean inRange(Object key, boolean inclusive) {
            if (inclusive) return inRange(key);
            return (fromStart || compare(key, lo) >= 0) && (toEnd || compare(hi, key) >= 0);
        }
        private Node<K, V> inside(Node<K, V> n) { return n != null && inRange(n.key) ? n : null; }

        /* absolute (key order) navigation within the range */
        private Node<K, V> absLowest() { return inside(fromStart ? first() : ceiling(lo, loInclusive)); }
        private Node<K, V> absHighest() { return inside(toEnd ? last() : floor(hi, hiInclusive)); }
        private Node<K, V> absCeiling(K key, boolean inclusive) {
            return tooLow(key) ? absLowest() : inside(ceiling(key, inclusive));
        }
        private Node<K, V> absFloor(K key, boolean inclusive) {
            return tooHigh(key) ? absHighest() : inside(floor(key, inclusive));
        }
        /* in the view's order */
        private Node<K, V> firstNode() { return descending ? absHighest() : absLowest(); }
        private Node<K, V> lastNode() { return descending ? absLowest() : absHighest(); }
        private Node<K, V> ceilingNode(K key, boolean inclusive) { return descending ? absFloor(key, inclusive) : absCeiling(key, inclusive); }
        private Node<K, V> floorNode(K key, boolean inclusive) { return descending ? absCeiling(key, inclusive) : absFloor(key, inclusive); }

        private ArrayList<Node<K, V>> nodes() {
            ArrayList<Node<K, V>> all = inOrder(), out = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                Node<K, V> n = all.get(descending ? all.size() - 1 - i : i);
                if (inRange(n.key)) out.add(n);
            }
            return out;
        }

        public int size() { return nodes().size(); }
        public boolean isEmpty() { return absLowest() == null; }
        public boolean containsKey(Object key) { return inRange(key) && TreeMap.this.containsKey(key); }
        public V get(Object key) { return inRange(key) ? TreeMap.this.get(key) : null; }
        public V put(K key, V value) {
            if (!inRange(key)) throw new IllegalArgumentException("key out of range");
            return TreeMap.this.put(key, value);
        }
        public V remove(Object key) { return inRange(key) ? TreeMap.this.remove(key) : null; }
        public Comparator<? super K> comparator() {
            if (!descending) return comparator;
            return comparator == null ? Collections.<K>reverseOrder() : Collections.reverseOrder(comparator);
        }

        public K firstKey() { return keyOrThrow(firstNode()); }
        public K lastKey() { return keyOrThrow(lastNode()); }
        public Map.Entry<K, V> firstEntry() { return firstNode(); }
        public Map.Entry<K, V> lastEntry() { return lastNode(); }
        public Map.Entry<K, V> ceilingEntry(K key) { return ceilingNode(key, true); }
        public Map.Entry<K, V> higherEntry(K key) { return ceilingNode(key, false); }
        public Map.Entry<K, V> floorEntry(K key) { return floorNode(key, true); }
        public Map.Entry<K, V> lowerEntry(K key) { return floorNode(key, false); }
        public K ceilingKey(K key) { return keyOf(ceilingNode(key, true)); }
        public K higherKey(K key) { return keyOf(ceilingNode(key, false)); }
        public K floorKey(K key) { return keyOf(floorNode(key, true)); }
        public K lowerKey(K key) { return keyOf(floorNode(key, false)); }
        public Map.Entry<K, V> pollFirstEntry() { return poll(firstNode()); }
        public Map.Entry<K, V> pollLastEntry() { return poll(lastNode()); }
        private Map.Entry<K, V> poll(Node<K, V> n) {
            if (n != null) TreeMap.this.remove(n.key);
            return n;
        }

        public NavigableSet<K> navigableKeySet() { return new TreeSet<K>((NavigableMap<K, Object>) this, true); }
        public NavigableSet<K> descendingKeySet() { return descendingMap().navigableKeySet(); }
        public NavigableMap<K, V> descendingMap() {
            return new SubMap(fromStart, lo, loInclusive, toEnd, hi, hiInclusive, !descending);
        }
        /* from..to in the view's order */
        public NavigableMap<K, V> subMap(K fromKey, boolean fromInclusive, K toKey, boolean toInclusive) {
            if (!inRange(fromKey, fromInclusive)) throw new IllegalArgumentException("fromKey out of range");
            if (!inRange(toKey, toInclusive)) throw new IllegalArgumentException("toKey out of range");
            if (descending) return new SubMap(false, toKey, toInclusive, false, fromKey, fromInclusive, true);
            return new SubMap(false, fromKey, fromInclusive, false, toKey, toInclusive, false);
        }
        public NavigableMap<K, V> headMap(K toKey, boolean inclusive) {
            if (!inRange(toKey, inclusive)) throw new IllegalArgumentException("toKey out of range");
            if (descending) return new SubMap(false, toKey, inclusive, toEnd, hi, hiInclusive, true);
            return new SubMap(fromStart, lo, loInclusive, false, toKey, inclusive, false);
        }
        public NavigableMap<K, V> tailMap(K fromKey, boolean inclusive) {
            if (!inRange(fromKey, inclusive)) throw new IllegalArgumentException("fromKey out of range");
            if (descending) return new SubMap(fromStart, lo, loInclusive, false, fromKey, inclusive, true);
            return new SubMap(false, fromKey, inclusive, toEnd, hi, hiInclusive, false);
        }
        public SortedMap<K, V> subMap(K fromKey, K toKey) { return subMap(fromKey, true, toKey, false); }
        public SortedMap<K, V> headMap(K toKey) { return headMap(toKey, false); }
        public SortedMap<K, V> tailMap(K fromKey) { return tailMap(fromKey, true); }

        public Set<K> keySet() {
            return new AbstractSet<K>() {
                public int size() { return SubMap.this.size(); }
                public boolean contains(Object o) { return containsKey(o); }
                public Iterator<K> iterator() { return new ViewIterator<K>(0, nodes()); }
            };
        }
        public Set<Map.Entry<K, V>> entrySet() {
            return new AbstractSet<Map.Entry<K, V>>() {
                public int size() { return SubMap.this.size(); }
                public Iterator<Map.Entry<K, V>> iterator() { return new ViewIterator<Map.Entry<K, V>>(2, nodes()); }
            };
        }
    }
}
