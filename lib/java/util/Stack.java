/* java.util.Stack: a Vector used last-in first-out; the top is the end. */
public class Stack<E> extends Vector<E> {
    public Stack() { }

    public E push(E item) {
        addElement(item);
        return item;
    }
    public E pop() {
        E top = peek();
        removeElementAt(size() - 1);
        return top;
    }
    public E peek() {
        int n = size();
        if (n == 0) throw new EmptyStackException();
        return elementAt(n - 1);
    }
    public boolean empty() { return size() == 0; }
    /* 1 for the top, 2 below it ...; -1 when absent */
    public int search(Object o) {
        int i = lastIndexOf(o);
        return i >= 0 ? size() - i : -1;
    }
}
