import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;

public class ExMinHeap<T> {
    private final List<T> data = new ArrayList<>();
    private final Comparator<? super T> cmp;

    public ExMinHeap(Comparator<? super T> cmp) { this.cmp = cmp; }

    public static <T extends Comparable<? super T>> ExMinHeap<T> natural() {
        return new ExMinHeap<T>(Comparator.naturalOrder());
    }

    public void push(T x) {
        data.add(x);
        int i = data.size() - 1;
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (cmp.compare(data.get(i), data.get(parent)) >= 0) break;
            swap(i, parent);
            i = parent;
        }
    }

    public T pop() {
        if (data.isEmpty()) throw new NoSuchElementException("heap is empty");
        T top = data.get(0);
        T last = data.remove(data.size() - 1);
        if (!data.isEmpty()) {
            data.set(0, last);
            int i = 0;
            for (;;) {
                int l = 2 * i + 1, r = l + 1, m = i;
                if (l < data.size() && cmp.compare(data.get(l), data.get(m)) < 0) m = l;
                if (r < data.size() && cmp.compare(data.get(r), data.get(m)) < 0) m = r;
                if (m == i) break;
                swap(i, m);
                i = m;
            }
        }
        return top;
    }

    public T peek() { return data.isEmpty() ? null : data.get(0); }
    public int size() { return data.size(); }
    public boolean isEmpty() { return data.isEmpty(); }

    private void swap(int i, int j) {
        T t = data.get(i);
        data.set(i, data.get(j));
        data.set(j, t);
    }

    static class Task {
        final String name;
        final int priority;
        Task(String name, int priority) { this.name = name; this.priority = priority; }
        public String toString() { return name + "(" + priority + ")"; }
    }

    public static void main(String[] args) {
        ExMinHeap<Integer> h = ExMinHeap.natural();
        int[] vals = { 42, 7, 19, 3, 88, 7, -4, 23, 0, 15 };
        for (int v : vals) h.push(v);
        System.out.println("peek=" + h.peek() + " size=" + h.size() + " internal=" + h.data);
        StringBuilder sb = new StringBuilder();
        while (!h.isEmpty()) sb.append(h.pop()).append(' ');
        System.out.println(sb.toString().trim());
        ExMinHeap<Task> tasks = new ExMinHeap<>(Comparator.comparingInt((Task t) -> -t.priority).thenComparing(t -> t.name));
        tasks.push(new Task("write", 2));
        tasks.push(new Task("test", 5));
        tasks.push(new Task("deploy", 1));
        tasks.push(new Task("review", 5));
        tasks.push(new Task("lunch", 9));
        while (tasks.size() > 0) System.out.print(tasks.pop() + (tasks.isEmpty() ? "\n" : ", "));
        ExMinHeap<String> byLen = new ExMinHeap<>((a, b) -> a.length() != b.length() ? a.length() - b.length() : b.compareTo(a));
        for (String s : new String[] { "ccc", "a", "bb", "dd", "e", "ffff" }) byLen.push(s);
        List<String> out = new ArrayList<>();
        while (!byLen.isEmpty()) out.add(byLen.pop());
        System.out.println(out);
        System.out.println(h.peek());
        h.pop();
    }
}
