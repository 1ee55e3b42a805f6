/* java.util.EnumSet: a set of the constants of one enum, iterated in
 * ordinal order.  One representation for every size: present[i] says
 * whether the constant of ordinal i is in the set.  The objects are of
 * the JDK's classes RegularEnumSet (at most 64 constants) and
 * JumboEnumSet; as the JDK's, iterators are not fail-fast: an iterator
 * sees the elements that were there when it was made. */
public abstract class EnumSet<E extends Enum<E>> extends AbstractSet<E> implements Cloneable, java.io.Serializable {
    final Class<E> elementType;
    final E[] universe;        /* the enum's constants, by ordinal */
    boolean[] present;
    int size;

    EnumSet(Class<E> elementType, E[] universe) {
        this.elementType = elementType;
        this.universe = universe;
        this.present = new boolean[universe.length];
    }

    private static <E extends Enum<E>> EnumSet<E> make(Class<E> elementType) {
        E[] universe = elementType.getEnumConstants();
        if (universe == null) throw new ClassCastException(elementType + " not an enum");
        if (universe.length <= 64) return new RegularEnumSet<E>(elementType, universe);
        return new JumboEnumSet<E>(elementType, universe);
    }

    public static <E extends Enum<E>> EnumSet<E> noneOf(Class<E> elementType) { return make(elementType); }
    public static <E extends Enum<E>> EnumSet<E> allOf(Class<E> elementType) {
        EnumSet<E> s = make(elementType);
        for (int i = 0; i < s.universe.length; i++) s.present[i] = true;
        s.size = s.universe.length;
        return s;
    }
    public static <E extends Enum<E>> EnumSet<E> copyOf(EnumSet<E> s) { return s.clone(); }
    public static <E extends Enum<E>> EnumSet<E> copyOf(Collection<E> c) {
        if (c instanceof EnumSet) return ((EnumSet<E>) c).clone();
        if (c.isEmpty()) throw new IllegalArgumentException("Collection is empty");
        Iterator<E> it = c.iterator();
        EnumSet<E> s = of(it.next());
        while (it.hasNext()) s.add(it.next());
        return s;
    }
    public static <E extends Enum<E>> EnumSet<E> complementOf(EnumSet<E> s) {
        EnumSet<E> r = make(s.elementType);
        for (int i = 0; i < r.universe.length; i++) r.present[i] = !s.present[i];
        r.size = r.universe.length - s.size;
        return r;
    }
    public static <E extends Enum<E>> EnumSet<E> of(E e) {
        EnumSet<E> s = make(e.getDeclaringClass());
        s.add(e);
        return s;
    }
    public static <E extends Enum<E>> EnumSet<E> of(E e1, E e2) {
        EnumSet<E> s = of(e1);
        s.add(e2);
        return s;
    }
    public static <E extends Enum<E>> EnumSet<E> of(E e1, E e2, E e3) {
        EnumSet<E> s = of(e1, e2);
        s.add(e3);
        return s;
    }
    public static <E extends Enum<E>> EnumSet<E> of(E e1, E e2, E e3, E e4) {
        EnumSet<E> s = of(e1, e2, e3);
        s.add(e4);
        return s;
    }
    public static <E extends Enum<E>> EnumSet<E> of(E e1, E e2, E e3, E e4, E e5) {
        EnumSet<E> s = of(e1, e2, e3, e4);
        s.add(e5);
        return s;
    }
    @SafeVarargs
    public static <E extends Enum<E>> EnumSet<E> of(E first, E... rest) {
        EnumSet<E> s = of(first);
        for (E e : rest) s.add(e);
        return s;
    }
    /* from..to, both included */
    public static <E extends Enum<E>> EnumSet<E> range(E from, E to) {
        if (from.compareTo(to) > 0) throw new IllegalArgumentException(from + " > " + to);
        EnumSet<E> s = make(from.getDeclaringClass());
        for (int i = from.ordinal(); i <= to.ordinal(); i++) s.present[i] = true;
        s.size = to.ordinal() - from.ordinal() + 1;
        return s;
    }

    public EnumSet<E> clone() {
        EnumSet<E> s = make(elementType);
        for (int i = 0; i < universe.length; i++) s.present[i] = present[i];
        s.size = size;
        return s;
    }

    /* the ordinal of o when it is a constant of enum type, else -1 (EnumMap's too) */
    static int ordinalIn(Class<?> type, Object o) {
        if (!(o instanceof Enum)) return -1;
        Enum<?> e = (Enum<?>) o;
        return e.getDeclaringClass() == type ? e.ordinal() : -1;
    }
    private int ordinalOf(Object o) { return ordinalIn(elementType, o); }

    public int size() { return size; }
    public boolean contains(Object o) {
        int i = ordinalOf(o);
        return i >= 0 && present[i];
    }
    /* e must be of this enum: NullPointerException for null,
     * ClassCastException otherwise (reachable through raw types) */
    public boolean add(E e) {
        Class<?> c = e.getClass();
        if (ordinalOf(e) < 0) throw new ClassCastException(c + " != " + elementType);
        int i = e.ordinal();
        if (present[i]) return false;
        present[i] = true;
        size++;
        return true;
    }
    public boolean remove(Object o) {
        int i = ordinalOf(o);
        if (i < 0 || !present[i]) return false;
        present[i] = false;
        size--;
        return true;
    }
    public void clear() {
        for (int i = 0; i < present.length; i++) present[i] = false;
        size = 0;
    }

    public Iterator<E> iterator() {
        boolean[] unseen = new boolean[present.length];
        for (int i = 0; i < present.length; i++) unseen[i] = present[i];
        return new Iterator<E>() {
            int next = advance(0);
            int last = -1;
            private int advance(int i) {
                while (i < unseen.length && !unseen[i]) i++;
                return i;
            }
            public boolean hasNext() { return next < unseen.length; }
            public E next() {
                if (next >= unseen.length) throw new NoSuchElementException();
                last = next;
                next = advance(next + 1);
                return universe[last];
            }
            public void remove() {
                if (last < 0) throw new IllegalStateException();
                if (present[last]) {
                    present[last] = false;
                    size--;
                }
                last = -1;
            }
        };
    }
}
