/* java.util.Collections: algorithms on lists and collections, and the
 * JDK's wrappers: unmodifiable views (every change throws
 * UnsupportedOperationException), empty, singleton and nCopies lists,
 * sets and maps. */
public final class Collections {
    private Collections() {}

    /* the legacy iterations: c's elements as an Enumeration, and an Enumeration's in an ArrayList */
    public static <T> Enumeration<T> enumeration(Collection<T> c) {
        Iterator<T> i = c.iterator();
        return new Enumeration<T>() {
            public boolean hasMoreElements() { return i.hasNext(); }
            public T nextElement() { return i.next(); }
        };
    }
    public static <T> ArrayList<T> list(Enumeration<T> e) {
        ArrayList<T> l = new ArrayList<>();
        while (e.hasMoreElements()) l.add(e.nextElement());
        return l;
    }
    public static <T extends Comparable<? super T>> void sort(List<T> list) { list.sort(null); }
    public static <T> void sort(List<T> list, Comparator<? super T> c) { list.sort(c); }
    public static void reverse(List<?> list) { reverseList(list); }
    private static <T> void reverseList(List<T> list) { reverseRange(list, 0, list.size() - 1); }
    /* element i moves to (i + distance) mod size: the whole list reversed,
     * then its first d and its last size - d reversed back */
    public static void rotate(List<?> list, int distance) { rotateList(list, distance); }
    private static <T> void rotateList(List<T> list, int distance) {
        int n = list.size();
        if (n == 0) return;
        int d = distance % n;
        if (d < 0) d += n;
        if (d == 0) return;
        reverseRange(list, 0, n - 1);
        reverseRange(list, 0, d - 1);
        reverseRange(list, d, n - 1);
    }
    private static <T> void reverseRange(List<T> list, int i, int j) {
        for (; i < j; i++, j--) swapIn(list, i, j);
    }
    public static void swap(List<?> list, int i, int j) { swapIn(list, i, j); }
    private static <T> void swapIn(List<T> list, int i, int j) { list.set(i, list.set(j, list.get(i))); }
    /* the JDK's: from the end, each element swapped with a random earlier one */
    public static void shuffle(List<?> list, Random rnd) { shuffleList(list, rnd); }
    public static void shuffle(List<?> list) { shuffleList(list, new Random()); }
    private static <T> void shuffleList(List<T> list, Random rnd) {
        for (int i = list.size(); i > 1; i--) swapIn(list, i - 1, rnd.nextInt(i));
    }
    public static <T> void fill(List<T> list, T obj) {
        for (int i = 0, n = list.size(); i < n; i++) list.set(i, obj);
    }
    public static <T> boolean addAll(Collection<T> c, T... elements) {
        boolean changed = false;
        for (T e : elements) changed |= c.add(e);
        return changed;
    }
    public static <T> void copy(List<T> dest, List<? extends T> src) {
        int n = src.size();
        if (n > dest.size()) throw new IndexOutOfBoundsException("Source does not fit in dest");
        for (int i = 0; i < n; i++) dest.set(i, src.get(i));
    }

    public static <T extends Comparable<? super T>> T max(Collection<? extends T> c) { return extreme(c, null, 1); }
    public static <T extends Comparable<? super T>> T min(Collection<? extends T> c) { return extreme(c, null, -1); }
    public static <T> T max(Collection<? extends T> c, Comparator<? super T> comp) { return extreme(c, comp, 1); }
    public static <T> T min(Collection<? extends T> c, Comparator<? super T> comp) { return extreme(c, comp, -1); }
    /* the first greatest (sign 1) or least (sign -1) element in comp's
     * order (null: the natural order); NoSuchElementException when empty */
    private static <T> T extreme(Collection<? extends T> c, Comparator<T> comp, int sign) {
        Iterator<? extends T> it = c.iterator();
        T best = it.next();
        while (it.hasNext()) {
            T x = it.next();
            int cmp = comp == null ? ((Comparable<Object>) x).compareTo(best) : comp.compare(x, best);
            if (sign > 0 ? cmp > 0 : cmp < 0) best = x;
        }
        return best;
    }
    public static int frequency(Collection<?> c, Object o) {
        int n = 0;
        for (Object x : c) if (Objects.equals(x, o)) n++;
        return n;
    }
    public static boolean disjoint(Collection<?> a, Collection<?> b) {
        for (Object x : a) if (b.contains(x)) return false;
        return true;
    }
    /* the index of key in the sorted list, else -(insertion point) - 1 */
    public static <T> int binarySearch(List<? extends Comparable<? super T>> list, T key) {
        return search((List<Object>) list, key, (a, b) -> ((Comparable<Object>) a).compareTo(b));
    }
    public static <T> int binarySearch(List<? extends T> list, T key, Comparator<? super T> c) {
        if (c == null) return search((List<Object>) list, key, (a, b) -> ((Comparable<Object>) a).compareTo(b));
        return search((List<Object>) list, key, (Comparator<Object>) c);
    }
    private static int search(List<Object> list, Object key, Comparator<Object> c) {
        int lo = 0, hi = list.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int cmp = c.compare(list.get(mid), key);
            if (cmp < 0) lo = mid + 1;
            else if (cmp > 0) hi = mid - 1;
            else return mid;
        }
        return -(lo + 1);
    }

    public static <T> Comparator<T> reverseOrder() {
        return (a, b) -> ((Comparable<Object>) b).compareTo(a);
    }
    public static <T> Comparator<T> reverseOrder(Comparator<T> c) {
        if (c == null) return reverseOrder();
        return c.reversed();
    }

    public static <T> List<T> emptyList() { return new CopiesList<>(0, null); }
    public static <T> Set<T> emptySet() { return new SmallSet<>(0, null); }
    public static <K, V> Map<K, V> emptyMap() { return new SmallMap<>(0, null, null); }
    public static <T> List<T> singletonList(T o) { return new CopiesList<>(1, o); }
    public static <T> Set<T> singleton(T o) { return new SmallSet<>(1, o); }
    public static <K, V> Map<K, V> singletonMap(K key, V value) { return new SmallMap<>(1, key, value); }
    public static <T> List<T> nCopies(int n, T o) {
        if (n < 0) throw new IllegalArgumentException("List length = " + n);
        return new CopiesList<>(n, o);
    }

    public static <T> Collection<T> unmodifiableCollection(Collection<? extends T> c) {
        return new UnmodifiableCollection<>((Collection<T>) Objects.requireNonNull(c));
    }
    public static <T> List<T> unmodifiableList(List<? extends T> list) {
        if (list instanceof UnmodifiableList) return (List<T>) list;
        return new UnmodifiableList<>((List<T>) Objects.requireNonNull(list));
    }
    public static <T> Set<T> unmodifiableSet(Set<? extends T> s) {
        if (s instanceof UnmodifiableSet) return (Set<T>) s;
        return new UnmodifiableSet<>((Set<T>) Objects.requireNonNull(s));
    }
    public static <K, V> Map<K, V> unmodifiableMap(Map<? extends K, ? extends V> m) {
        if (m instanceof UnmodifiableMap) return (Map<K, V>) m;
        return new UnmodifiableMap<>((Map<K, V>) Objects.requireNonNull(m));
    }

    /* n copies of one element: nCopies, singletonList (n = 1) and
     * emptyList (n = 0, whose get fails with "Index: i" alone) */
    private static class CopiesList<E> extends AbstractList<E> {
        private final int n;
        private final E element;
        CopiesList(int n, E element) {
            this.n = n;
            this.element = element;
        }
        public int size() { return n; }
        public E get(int index) {
            if (index < 0 || index >= n)
                throw new IndexOutOfBoundsException(n == 0 ? "Index: " + index : "Index: " + index + ", Size: " + n);
            return element;
        }
        public boolean contains(Object o) { return n != 0 && Objects.equals(o, element); }
        public E set(int index, E e) { throw new UnsupportedOperationException(); }
        public boolean removeIf(Predicate<? super E> filter) {
            Objects.requireNonNull(filter);
            if (n != 0 && filter.test(element)) throw new UnsupportedOperationException();
            return false;
        }
        public void sort(Comparator<? super E> c) { }
    }
    /* emptySet (n = 0) and singleton (n = 1) */
    private static class SmallSet<E> extends AbstractSet<E> {
        private final List<E> elements;
        SmallSet(int n, E element) { elements = new CopiesList<>(n, element); }
        public int size() { return elements.size(); }
        public boolean contains(Object o) { return elements.contains(o); }
        public Iterator<E> iterator() { return elements.iterator(); }
    }
    /* emptyMap (n = 0) and singletonMap (n = 1) */
    private static class SmallMap<K, V> extends AbstractMap<K, V> {
        private final Set<Map.Entry<K, V>> entries;
        SmallMap(int n, K key, V value) {
            entries = new SmallSet<>(n, n == 0 ? null : new AbstractMap.SimpleImmutableEntry<>(key, value));
        }
        public Set<Map.Entry<K, V>> entrySet() { return entries; }
    }

    /* the unmodifiable views: reads go to the collection, changes throw */
    private static class UnmodifiableCollection<E> implements Collection<E> {
        final Collection<E> c;
        UnmodifiableCollection(Collection<E> c) { this.c = c; }
        public int size() { return c.size(); }
        public boolean isEmpty() { return c.isEmpty(); }
        public boolean contains(Object o) { return c.contains(o); }
        public boolean containsAll(Collection<?> other) { return c.containsAll(other); }
        public Object[] toArray() { return c.toArray(); }
        public String toString() { return c.toString(); }
        public Iterator<E> iterator() {
            Iterator<E> i = c.iterator();
            return new Iterator<E>() {
                public boolean hasNext() { return i.hasNext(); }
                public E next() { return i.next(); }
                public void remove() { throw new UnsupportedOperationException(); }
            };
        }
        public void forEach(Consumer<? super E> action) { c.forEach(action); }
        public boolean add(E e) { throw new UnsupportedOperationException(); }
        public boolean remove(Object o) { throw new UnsupportedOperationException(); }
        public boolean addAll(Collection<? extends E> other) { throw new UnsupportedOperationException(); }
        public boolean removeAll(Collection<?> other) { throw new UnsupportedOperationException(); }
        public boolean retainAll(Collection<?> other) { throw new UnsupportedOperationException(); }
        public boolean removeIf(Predicate<? super E> filter) { throw new UnsupportedOperationException(); }
        public void clear() { throw new UnsupportedOperationException(); }
    }
    private static class UnmodifiableSet<E> extends UnmodifiableCollection<E> implements Set<E> {
        UnmodifiableSet(Set<E> s) { super(s); }
        public boolean equals(Object o) { return o == this || c.equals(o); }
        public int hashCode() { return c.hashCode(); }
    }
    private static class UnmodifiableList<E> extends UnmodifiableCollection<E> implements List<E> {
        private final List<E> list;
        UnmodifiableList(List<E> list) {
            super(list);
            this.list = list;
        }
        public boolean equals(Object o) { return o == this || list.equals(o); }
        public int hashCode() { return list.hashCode(); }
        public E get(int index) { return list.get(index); }
        public int indexOf(Object o) { return list.indexOf(o); }
        public int lastIndexOf(Object o) { return list.lastIndexOf(o); }
        public E set(int index, E element) { throw new UnsupportedOperationException(); }
        public void add(int index, E element) { throw new UnsupportedOperationException(); }
        public E remove(int index) { throw new UnsupportedOperationException(); }
        public boolean addAll(int index, Collection<? extends E> other) { throw new UnsupportedOperationException(); }
        public void replaceAll(UnaryOperator<E> op) { throw new UnsupportedOperationException(); }
        public void sort(Comparator<? super E> c) { throw new UnsupportedOperationException(); }
        public ListIterator<E> listIterator() { return listIterator(0); }
        public ListIterator<E> listIterator(int index) {
            ListIterator<E> i = list.listIterator(index);
            return new ListIterator<E>() {
                public boolean hasNext() { return i.hasNext(); }
                public E next() { return i.next(); }
                public boolean hasPrevious() { return i.hasPrevious(); }
                public E previous() { return i.previous(); }
                public int nextIndex() { return i.nextIndex(); }
                public int previousIndex() { return i.previousIndex(); }
                public void remove() { throw new UnsupportedOperationException(); }
                public void set(E e) { throw new UnsupportedOperationException(); }
                public void add(E e) { throw new UnsupportedOperationException(); }
            };
        }
        public List<E> subList(int fromIndex, int toIndex) {
            return new UnmodifiableList<>(list.subList(fromIndex, toIndex));
        }
    }
    private static class UnmodifiableMap<K, V> implements Map<K, V> {
        private final Map<K, V> m;
        UnmodifiableMap(Map<K, V> m) { this.m = m; }
        public int size() { return m.size(); }
        public boolean isEmpty() { return m.isEmpty(); }
        public boolean containsKey(Object key) { return m.containsKey(key); }
        public boolean containsValue(Object value) { return m.containsValue(value); }
        public V get(Object key) { return m.get(key); }
        public V getOrDefault(Object key, V defaultValue) { return m.getOrDefault(key, defaultValue); }
        public Set<K> keySet() { return new UnmodifiableSet<>(m.keySet()); }
        public Collection<V> values() { return new UnmodifiableCollection<>(m.values()); }
        /* entries whose setValue throws */
        public Set<Map.Entry<K, V>> entrySet() {
            Set<Map.Entry<K, V>> entries = m.entrySet();
            return new AbstractSet<Map.Entry<K, V>>() {
                public int size() { return entries.size(); }
                public Iterator<Map.Entry<K, V>> iterator() {
                    Iterator<Map.Entry<K, V>> i = entries.iterator();
                    return new Iterator<Map.Entry<K, V>>() {
                        public boolean hasNext() { return i.hasNext(); }
                        public Map.Entry<K, V> next() { return new AbstractMap.SimpleImmutableEntry<>(i.next()); }
                        public void remove() { throw new UnsupportedOperationException(); }
                    };
                }
                public boolean add(Map.Entry<K, V> e) { throw new UnsupportedOperationException(); }
                public boolean remove(Object o) { throw new UnsupportedOperationException(); }
                public void clear() { throw new UnsupportedOperationException(); }
            };
        }
        public void forEach(BiConsumer<? super K, ? super V> action) { m.forEach(action); }
        public boolean equals(Object o) { return o == this || m.equals(o); }
        public int hashCode() { return m.hashCode(); }
        public String toString() { return m.toString(); }
        public V put(K key, V value) { throw new UnsupportedOperationException(); }
        public V remove(Object key) { throw new UnsupportedOperationException(); }
        public void putAll(Map<? extends K, ? extends V> other) { throw new UnsupportedOperationException(); }
        public void clear() { throw new UnsupportedOperationException(); }
        public V putIfAbsent(K key, V value) { throw new UnsupportedOperationException(); }
        public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> f) { throw new UnsupportedOperationException(); }
        public V computeIfAbsent(K key, Function<? super K, ? extends V> f) { throw new UnsupportedOperationException(); }
        public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> f) { throw new UnsupportedOperationException(); }
        public V compute(K key, BiFunction<? super K, ? super V, ? extends V> f) { throw new UnsupportedOperationException(); }
        public V replace(K key, V value) { throw new UnsupportedOperationException(); }
        public void replaceAll(BiFunction<? super K, ? super V, ? extends V> f) { throw new UnsupportedOperationException(); }
    }
}
