/* java.util.LinkedList: a doubly linked list, a List and a Deque. */
public class LinkedList<E> implements List<E>, Deque<E> {
    private static class Node<E> {
        E item;
        Node<E> prev, next;
        Node(Node<E> prev, E item, Node<E> next) { this.prev = prev; this.item = item; this.next = next; }
    }
    private Node<E> first, last;
    private int size;
    private int modCount;

    public LinkedList() { }
    public LinkedList(Collection<E> c) { addAll(c); }

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
        if (index < 0 || index > size) throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + size);
        linkBefore(e, index == size ? null : node(index));
    }
    public E get(int index) {
        Objects.checkIndex(index, size);
        return node(index).item;
    }
    public E set(int index, E e) {
        Objects.checkIndex(index, size);
        Node<E> x = node(index);
        E old = x.item;
        x.item = e;
        return old;
    }
    public E remove(int index) {
        Objects.checkIndex(index, size);
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

    public void sort(Comparator<E> c) {
        Object[] a = toArray();
        ArrayList<E> tmp = new ArrayList<>();
        for (Object o : a) tmp.add((E) o);
        tmp.sort(c);
        Node<E> x = first;
        for (int i = 0; i < size; i++, x = x.next) x.item = tmp.get(i);
        modCount++;
    }

    public Iterator<E> iterator() {
        return new Iterator<E>() {
            Node<E> next = first, lastReturned;
            int expected = modCount;
            public boolean hasNext() { return next != null; }
            public E next() {
                if (modCount != expected) throw new ConcurrentModificationException();
                if (next == null) throw new NoSuchElementException();
                lastReturned = next;
                next = next.next;
                return lastReturned.item;
            }
            public void remove() {
                if (lastReturned == null) throw new IllegalStateException();
                unlink(lastReturned);
                lastReturned = null;
                expected = modCount;
            }
        };
    }

    public boolean equals(Object o) {
        if (o == this) return true;
        if (!(o instanceof List)) return false;
        List<?> other = (List<?>) o;
        if (other.size() != size) return false;
        int i = 0;
        for (Node<E> x = first; x != null; x = x.next, i++)
            if (!Objects.equals(x.item, other.get(i))) return false;
        return true;
    }
    public int hashCode() {
        int h = 1;
        for (Node<E> x = first; x != null; x = x.next) h = 31 * h + Objects.hashCode(x.item);
        return h;
    }
    public String toString() {
        String s = "[";
        for (Node<E> x = first; x != null; x = x.next) s += (x == first ? "" : ", ") + (x.item == this ? "(this Collection)" : String.valueOf(x.item));
        return s + "]";
    }
}
