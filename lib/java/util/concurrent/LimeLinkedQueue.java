import java.util.*;

/* The linked nodes of ConcurrentLinkedQueue and LinkedBlockingQueue, as a
 * single-threaded run of the JDK's sees them: no null elements; a removed
 * node's item is null and it keeps its next link, so an iterator standing
 * on it goes on to the nodes after it (weakly consistent: no
 * ConcurrentModificationException, elements added at the end are seen);
 * an iterator reads each element one step ahead (when it returns the one
 * before), as the JDK's do.  A removed last node stays linked in
 * ConcurrentLinkedQueue (unlinkLast false) and is unlinked in
 * LinkedBlockingQueue, which decides whether an iterator standing on it
 * sees elements added later. */
abstract class LimeLinkedQueue<E> extends AbstractQueue<E> implements java.io.Serializable {
    static final class Node<E> {
        E item;
        Node<E> next;
        Node(E item) { this.item = item; }
    }
    /* head: before the first element (a node whose item is null); last: the last node */
    private Node<E> head = new Node<>(null), last = head;
    private int count;
    private final boolean unlinkLast;

    LimeLinkedQueue(boolean unlinkLast) { this.unlinkLast = unlinkLast; }

    int count() { return count; }
    void enqueue(E e) {
        last = last.next = new Node<>(e);
        count++;
    }
    /* the first element, taken out (null: none) */
    E dequeue() {
        Node<E> p = first(head);
        if (p == null) return null;
        E x = p.item;
        p.item = null;
        head = p;
        count--;
        return x;
    }
    /* the first live node after p */
    static <E> Node<E> first(Node<E> p) {
        for (p = p.next; p != null && p.item == null; p = p.next) { }
        return p;
    }

    public E poll() { return dequeue(); }
    public E peek() {
        Node<E> p = first(head);
        return p == null ? null : p.item;
    }
    public int size() { return count; }
    public boolean isEmpty() { return count == 0; }
    public boolean contains(Object o) {
        if (o == null) return false;
        for (Node<E> p = first(head); p != null; p = first(p)) if (o.equals(p.item)) return true;
        return false;
    }
    public boolean remove(Object o) {
        if (o == null) return false;
        for (Node<E> trail = head, p = trail.next; p != null; trail = p, p = p.next)
            if (p.item != null && o.equals(p.item)) {
                unlink(p, trail);
                return true;
            }
        return false;
    }
    /* p (live, after trail) removed */
    void unlink(Node<E> p, Node<E> trail) {
        p.item = null;
        count--;
        if (p != last) trail.next = p.next;
        else if (unlinkLast) {
            trail.next = null;
            last = trail;
        }
    }
    public void clear() {
        while (dequeue() != null) { }
    }
    public Object[] toArray() {
        Object[] a = new Object[count];
        int i = 0;
        for (Node<E> p = first(head); p != null; p = first(p)) a[i++] = p.item;
        return a;
    }
    public Iterator<E> iterator() {
        return new Iterator<E>() {
            private Node<E> next = first(head), lastRet;
            private E nextItem = next == null ? null : next.item;
            public boolean hasNext() { return next != null; }
            public E next() {
                if (next == null) throw new NoSuchElementException();
                E x = nextItem;
                lastRet = next;
                next = first(next);
                nextItem = next == null ? null : next.item;
                return x;
            }
            public void remove() {
                if (lastRet == null) throw new IllegalStateException();
                for (Node<E> trail = head, p = trail.next; p != null; trail = p, p = p.next)
                    if (p == lastRet) {
                        if (p.item != null) unlink(p, trail);
                        break;
                    }
                lastRet = null;
            }
        };
    }
}
