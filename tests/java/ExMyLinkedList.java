import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Function;

public class ExMyLinkedList<T> implements Iterable<T> {
    private class Node {
        T value;
        Node next;
        Node(T value, Node next) { this.value = value; this.next = next; }
    }

    private Node head, tail;
    private int size;

    public void addLast(T v) {
        Node n = new Node(v, null);
        if (tail == null) head = tail = n;
        else { tail.next = n; tail = n; }
        size++;
    }

    public void addFirst(T v) {
        head = new Node(v, head);
        if (tail == null) tail = head;
        size++;
    }

    public T removeFirst() {
        if (head == null) throw new NoSuchElementException("list is empty");
        T v = head.value;
        head = head.next;
        if (head == null) tail = null;
        size--;
        return v;
    }

    public T get(int index) {
        if (index < 0 || index >= size) throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + size);
        Node n = head;
        for (int i = 0; i < index; i++) n = n.next;
        return n.value;
    }

    public void reverse() {
        Node prev = null, cur = head;
        tail = head;
        while (cur != null) {
            Node nx = cur.next;
            cur.next = prev;
            prev = cur;
            cur = nx;
        }
        head = prev;
    }

    public <R> ExMyLinkedList<R> map(Function<? super T, ? extends R> f) {
        ExMyLinkedList<R> out = new ExMyLinkedList<>();
        for (T v : this) out.addLast(f.apply(v));
        return out;
    }

    public int size() { return size; }

    @Override
    public Iterator<T> iterator() {
        return new Iterator<T>() {
            private Node cur = head;
            public boolean hasNext() { return cur != null; }
            public T next() {
                if (cur == null) throw new NoSuchElementException();
                T v = cur.value;
                cur = cur.next;
                return v;
            }
        };
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("[");
        for (Node n = head; n != null; n = n.next) {
            sb.append(n.value);
            if (n.next != null) sb.append(" -> ");
        }
        return sb.append("]").toString();
    }

    static class Stack<E> {
        private final ExMyLinkedList<E> items = new ExMyLinkedList<>();
        void push(E e) { items.addFirst(e); }
        E pop() { return items.removeFirst(); }
        boolean isEmpty() { return items.size() == 0; }
    }

    static class Queue<E> {
        private final ExMyLinkedList<E> items = new ExMyLinkedList<>();
        void enqueue(E e) { items.addLast(e); }
        E dequeue() { return items.removeFirst(); }
        int size() { return items.size(); }
    }

    public static void main(String[] args) {
        ExMyLinkedList<Integer> list = new ExMyLinkedList<>();
        for (int i = 1; i <= 6; i++) list.addLast(i * i);
        list.addFirst(0);
        System.out.println(list + " size=" + list.size());
        list.reverse();
        System.out.println(list);
        ExMyLinkedList<String> strs = list.map(i -> "<" + Integer.toHexString(i) + ">");
        System.out.println(strs);
        int total = 0;
        for (int v : list) total += v;
        System.out.println("sum=" + total + " get(2)=" + list.get(2));
        try {
            list.get(7);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        Stack<Character> st = new Stack<>();
        for (char c : "stressed".toCharArray()) st.push(c);
        StringBuilder sb = new StringBuilder();
        while (!st.isEmpty()) sb.append(st.pop());
        System.out.println(sb);
        Queue<String> q = new Queue<>();
        q.enqueue("first");
        q.enqueue("second");
        System.out.println(q.dequeue() + " " + q.size());
        q.dequeue();
        try {
            q.dequeue();
        } catch (NoSuchElementException e) {
            System.out.println("caught " + e.getMessage());
        }
        Iterator<Integer> it = new ExMyLinkedList<Integer>().iterator();
        it.next();
    }
}
