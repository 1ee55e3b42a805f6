/* java.util.LinkedList: a doubly linked list, a List and a Deque, with
 * the JDK's messages ("Index: 5, Size: 3") and its fail-fast ListItr. */
public class LinkedList<E> extends AbstractList<E> implements List<E>, Deque<E>, java.io.Serializable {
    private static class Node<E> {
        E item;
        Node<E> prev, next;
        Node(Node<E> prev, E item, Node<E> next) { this.prev = prev; this.item = item; this.next = next; }
    }
    private Node<E> first, last;
    private int size;

    public LinkedList() { }
    public LinkedList(Collection<? extends E> c) { addAll(c); }

    private void checkElementIndex(int index) {
        if (index < 0 || index >= size) throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + size);
    }

    private Node<E> node(int index) {
        Node<E> x;
        if (index < (size >> 1)) {
            x = first;
            for (int i = 0; i < index; i++) x = x.next;
        } else {
            x = last;
            for (int i = size - 1; i > index; i--) x = x.prev;
        }
        return x;
    }
    private void linkBefore(E e, Node<E> succ) {
        Node<E> pred = succ == null ? last : succ.prev;
        Node<E> n = new Node<>(pred, e, succ);
        if (pred == null) first = n; else pred.next = n;
        if (succ == null) last = n; else succ.prev = n;
        size++;
        modCount++;
    }
    private E unlink(Node<E> x) {
        if (x.prev == null) first = x.next; else x.prev.next = x.next;
        if (x.next == null) last = x.prev; else x.next.prev = x.prev;
        size--;
        modCount++;
        return x.item;
    }

    public int size() { return size; }
    public boolean isEmpty() { return size == 0; }
    public boolean add(E e) { linkBefore(e, null); return true; }
    public void add(int index, E e) {
        rangeCheckForAdd(index, size);
        linkBefore(e, index == size ? null : node(index));
    }
    public E get(int index) {
        checkElementIndex(index);
        return node(index).item;
    }
    public E set(int index, E e) {
        checkElementIndex(index);
        Node<E> x = node(index);
        E old = x.item;
        x.item = e;
        return old;
    }
    public E remove(int index) {
        checkElementIndex(index);
        return unlink(node(index));
    }
    public boolean remove(Object o) {
        for (Node<E> x = first; x != null; x = x.next)
            if (Objects.equals(o, x.item)) {
                unlink(x);
                return true;
            }
        return false;
    }
    public boolean removeFirstOccurrence(Object o) { return remove(o); }
    public boolean removeLastOccurrence(Object o) {
        for (Node<E> x = last; x != null; x = x.prev)
            if (Objects.equals(o, x.item)) {
                unlink(x);
                return true;
            }
        return false;
    }
    public int indexOf(Object o) {
        int i = 0;
        for (Node<E> x = first; x != null; x = x.next, i++)
            if (Objects.equals(o, x.item)) return i;
        return -1;
    }
    public int lastIndexOf(Object o) {
        int i = size - 1;
        for (Node<E> x = last; x != null; x = x.prev, i--)
            if (Objects.equals(o, x.item)) return i;
        return -1;
    }
    public boolean contains(Object o) { return indexOf(o) >= 0; }
    public void clear() {
        first = last = null;
        size = 0;
        modCount++;
    }
    public void addFirst(E e) { linkBefore(e, first); }
    public void addLast(E e) { linkBefore(e, null); }
    public boolean offerFirst(E e) { addFirst(e); return true; }
    public boolean offerLast(E e) { addLast(e); return true; }
    public boolean offer(E e) { return add(e); }
    public void push(E e) { addFirst(e); }
    public E getFirst() {
        if (first == null) throw new NoSuchElementException();
        return first.item;
    }
    public E getLast() {
        if (last == null) throw new NoSuchElementException();
        return last.item;
    }
    public E element() { return getFirst(); }
    public E peek() { return first == null ? null : first.item; }
    public E peekFirst() { return peek(); }
    public E peekLast() { return last == null ? null : last.item; }
    public E poll() { return first == null ? null : unlink(first); }
    public E pollFirst() { return poll(); }
    public E pollLast() { return last == null ? null : unlink(last); }
    public E removeFirst() {
        if (first == null) throw new NoSuchElementException();
        return unlink(first);
    }
    public E removeLast() {
        if (last == null) throw new NoSuchElementException();
        return unlink(last);
    }
    public E remove() { return removeFirst(); }
    public E pop() { return removeFirst(); }

    public Iterator<E> iterator() { return new ListItr(0); }
    public ListIterator<E> listIterator(int index) {
        rangeCheckForAdd(index, size);
        return new ListItr(index);
    }
    public Iterator<E> descendingIterator() {
        return new Iterator<E>() {
            private final ListItr itr = new ListItr(size);
            public boolean hasNext() { return itr.hasPrevious(); }
            public E next() { return itr.previous(); }
            public void remove() { itr.remove(); }
        };
    }

    /* The JDK's LinkedList.ListItr: next is the node next() returns (null
     * at the end), nextIndex its index. */
    private class ListItr implements ListIterator<E> {
        private Node<E> lastReturned;
        private Node<E> next;
        private int nextIndex;
        private int expectedModCount = modCount;

        ListItr(int index) {
            next = index == size ? null : node(index);
            nextIndex = index;
        }
        private void checkForComodification() {
            if (modCount != expectedModCount) throw new ConcurrentModificationException();
        }
        public boolean hasNext() { return nextIndex < size; }
        public E next() {
            checkForComodification();
            if (!hasNext()) throw new NoSuchElementException();
            lastReturned = next;
            next = next.next;
            nextIndex++;
            return lastReturned.item;
        }
        public boolean hasPrevious() { return nextIndex > 0; }
        public E previous() {
            checkForComodification();
            if (!hasPrevious()) throw new NoSuchElementException();
            lastReturned = next = next == null ? last : next.prev;
            nextIndex--;
            return lastReturned.item;
        }
        public int nextIndex() { return nextIndex; }
        public int previousIndex() { return nextIndex - 1; }
        public void remove() {
            checkForComodification();
            if (lastReturned == null) throw new IllegalStateException();
            Node<E> lastNext = lastReturned.next;
            unlink(lastReturned);
            if (next == lastReturned) next = lastNext;
            else nextIndex--;
            lastReturned = null;
            expectedModCount++;
        }
        public void set(E e) {
            if (lastReturned == null) throw new IllegalStateException();
            checkForComodification();
            lastReturned.item = e;
        }
        public void add(E e) {
            checkForComodification();
            lastReturned = null;
            linkBefore(e, next);
            nextIndex++;
            expectedModCount++;
        }
    }

    public Object[] toArray() {
        Object[] a = new Object[size];
        int i = 0;
        for (Node<E> x = first; x != null; x = x.next) a[i++] = x.item;
        return a;
    }
    public int hashCode() {
        int h = 1;
        for (Node<E> x = first; x != null; x = x.next) h = 31 * h + Objects.hashCode(x.item);
        return h;
    }
}
