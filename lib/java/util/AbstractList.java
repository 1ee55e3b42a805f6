/* java.util.AbstractList: a list from get(int) and size() (set, add and
 * remove throw UnsupportedOperationException unless overridden), with the
 * JDK's index-based iterators and subList views.  modCount counts
 * structural changes; an iterator or sublist that sees it change under it
 * throws ConcurrentModificationException, as the JDK's do. */
public abstract class AbstractList<E> extends AbstractCollection<E> implements List<E> {
    protected int modCount;

    protected AbstractList() {}

    public abstract E get(int index);

    public boolean add(E e) {
        add(size(), e);
        return true;
    }
    public E set(int index, E element) { throw new UnsupportedOperationException(); }
    public void add(int index, E element) { throw new UnsupportedOperationException(); }
    public E remove(int index) { throw new UnsupportedOperationException(); }

    public int indexOf(Object o) {
        ListIterator<E> it = listIterator();
        while (it.hasNext()) if (Objects.equals(o, it.next())) return it.previousIndex();
        return -1;
    }
    public int lastIndexOf(Object o) {
        ListIterator<E> it = listIterator(size());
        while (it.hasPrevious()) if (Objects.equals(o, it.previous())) return it.nextIndex();
        return -1;
    }
    public void clear() { removeRange(0, size()); }
    public boolean addAll(int index, Collection<? extends E> c) {
        rangeCheckForAdd(index, size());
        boolean changed = false;
        for (E e : c) {
            add(index++, e);
            changed = true;
        }
        return changed;
    }
    protected void removeRange(int fromIndex, int toIndex) {
        ListIterator<E> it = listIterator(fromIndex);
        for (int i = 0, n = toIndex - fromIndex; i < n; i++) {
            it.next();
            it.remove();
        }
    }

    public Iterator<E> iterator() { return new Itr(0); }
    public ListIterator<E> listIterator() { return listIterator(0); }
    public ListIterator<E> listIterator(int index) {
        rangeCheckForAdd(index, size());
        return new Itr(index);
    }
    public List<E> subList(int fromIndex, int toIndex) {
        subListRangeCheck(fromIndex, toIndex, size());
        return new SubList<>(this, null, fromIndex, toIndex);
    }

    static void rangeCheckForAdd(int index, int size) {
        if (index < 0 || index > size) throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + size);
    }
    static void subListRangeCheck(int fromIndex, int toIndex, int size) {
        if (fromIndex < 0) throw new IndexOutOfBoundsException("fromIndex = " + fromIndex);
        if (toIndex > size) throw new IndexOutOfBoundsException("toIndex = " + toIndex);
        if (fromIndex > toIndex)
            throw new IllegalArgumentException("fromIndex(" + fromIndex + ") > toIndex(" + toIndex + ")");
    }

    public boolean equals(Object o) {
        if (o == this) return true;
        if (!(o instanceof List)) return false;
        Iterator<E> a = iterator();
        Iterator<?> b = ((List<?>) o).iterator();
        while (a.hasNext() && b.hasNext())
            if (!Objects.equals(a.next(), b.next())) return false;
        return !(a.hasNext() || b.hasNext());
    }
    public int hashCode() {
        int h = 1;
        Iterator<E> it = iterator();
        while (it.hasNext()) h = 31 * h + Objects.hashCode(it.next());
        return h;
    }

    /* The JDK's AbstractList.ListItr: cursor is the index of next();
     * lastRet the index last returned (-1 after add or remove). */
    private class Itr implements ListIterator<E> {
        int cursor;
        int lastRet = -1;
        int expectedModCount = modCount;

        Itr(int index) { cursor = index; }

        final void checkForComodification() {
            if (modCount != expectedModCount) throw new ConcurrentModificationException();
        }
        public boolean hasNext() { return cursor != size(); }
        public E next() {
            checkForComodification();
            int i = cursor;
            if (i < 0 || i >= size()) throw new NoSuchElementException();
            E next = get(i);
            lastRet = i;
            cursor = i + 1;
            return next;
        }
        public boolean hasPrevious() { return cursor != 0; }
        public E previous() {
            checkForComodification();
            int i = cursor - 1;
            if (i < 0 || i >= size()) throw new NoSuchElementException();
            E previous = get(i);
            lastRet = cursor = i;
            return previous;
        }
        public int nextIndex() { return cursor; }
        public int previousIndex() { return cursor - 1; }
        public void remove() {
            if (lastRet < 0) throw new IllegalStateException();
            checkForComodification();
            if (lastRet >= size()) throw new ConcurrentModificationException();
            AbstractList.this.remove(lastRet);
            if (lastRet < cursor) cursor--;
            lastRet = -1;
            expectedModCount = modCount;
        }
        public void set(E e) {
            if (lastRet < 0) throw new IllegalStateException();
            checkForComodification();
            if (lastRet >= size()) throw new ConcurrentModificationException();
            AbstractList.this.set(lastRet, e);
            expectedModCount = modCount;
        }
        public void add(E e) {
            checkForComodification();
            int i = cursor;
            if (i > size()) throw new ConcurrentModificationException();
            AbstractList.this.add(i, e);
            lastRet = -1;
            cursor = i + 1;
            expectedModCount = modCount;
        }
    }

    /* The JDK's AbstractList.SubList: a view of root's [offset, offset+size);
     * changes made through it update the sizes of the sublists it was made
     * from (parent chain); any other structural change of root makes it throw
     * ConcurrentModificationException. */
    private static class SubList<E> extends AbstractList<E> {
        private final AbstractList<E> root;
        private final SubList<E> parent;
        private final int offset;
        private int size;

        SubList(AbstractList<E> root, SubList<E> parent, int fromIndex, int toIndex) {
            this.root = root;
            this.parent = parent;
            this.offset = (parent == null ? 0 : parent.offset) + fromIndex;
            this.size = toIndex - fromIndex;
            this.modCount = root.modCount;
        }

        private void checkForComodification() {
            if (root.modCount != modCount) throw new ConcurrentModificationException();
        }
        private void updateSizeAndModCount(int delta) {
            SubList<E> s = this;
            do {
                s.size += delta;
                s.modCount = root.modCount;
                s = s.parent;
            } while (s != null);
        }

        public E set(int index, E element) {
            Objects.checkIndex(index, size);
            checkForComodification();
            return root.set(offset + index, element);
        }
        public E get(int index) {
            Objects.checkIndex(index, size);
            checkForComodification();
            return root.get(offset + index);
        }
        public int size() {
            checkForComodification();
            return size;
        }
        public void add(int index, E element) {
            rangeCheckForAdd(index, size);
            checkForComodification();
            root.add(offset + index, element);
            updateSizeAndModCount(1);
        }
        public E remove(int index) {
            Objects.checkIndex(index, size);
            checkForComodification();
            E result = root.remove(offset + index);
            updateSizeAndModCount(-1);
            return result;
        }
        protected void removeRange(int fromIndex, int toIndex) {
            checkForComodification();
            root.removeRange(offset + fromIndex, offset + toIndex);
            updateSizeAndModCount(fromIndex - toIndex);
        }
        public boolean addAll(Collection<? extends E> c) { return addAll(size, c); }
        public boolean addAll(int index, Collection<? extends E> c) {
            rangeCheckForAdd(index, size);
            int n = c.size();
            if (n == 0) return false;
            checkForComodification();
            root.addAll(offset + index, c);
            updateSizeAndModCount(n);
            return true;
        }
        public Iterator<E> iterator() { return listIterator(); }
        public ListIterator<E> listIterator(int index) {
            checkForComodification();
            rangeCheckForAdd(index, size);
            return new SubListIterator(root.listIterator(offset + index));
        }
        public List<E> subList(int fromIndex, int toIndex) {
            subListRangeCheck(fromIndex, toIndex, size);
            return new SubList<>(root, this, fromIndex, toIndex);
        }

        /* root's iterator, kept within this view */
        private class SubListIterator implements ListIterator<E> {
            private final ListIterator<E> i;
            SubListIterator(ListIterator<E> i) { this.i = i; }
            public boolean hasNext() { return nextIndex() < size; }
            public E next() {
                if (!hasNext()) throw new NoSuchElementException();
                return i.next();
            }
            public boolean hasPrevious() { return previousIndex() >= 0; }
            public E previous() {
                if (!hasPrevious()) throw new NoSuchElementException();
                return i.previous();
            }
            public int nextIndex() { return i.nextIndex() - offset; }
            public int previousIndex() { return i.previousIndex() - offset; }
            public void remove() {
                i.remove();
                updateSizeAndModCount(-1);
            }
            public void set(E e) { i.set(e); }
            public void add(E e) {
                i.add(e);
                updateSizeAndModCount(1);
            }
        }
    }
}
