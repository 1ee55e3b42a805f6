import java.util.*;
import java.util.concurrent.*;

/* ArrayBlockingQueue: a circular array, its members and exceptions, and
 * iterators that go on while the queue changes as the JDK's do (each reads
 * one element ahead; takes, removals from the middle, wrapping and
 * emptying the queue move or stop them). */
public class ArrayBlockingQueueIterators {
    static void show(String what, Runnable r) {
        try {
            r.run();
            System.out.println(what + ": ok");
        } catch (RuntimeException e) {
            System.out.println(what + ": " + e);
        }
    }
    static ArrayBlockingQueue<Integer> q(int cap, int... xs) {
        ArrayBlockingQueue<Integer> q = new ArrayBlockingQueue<>(cap);
        for (int x : xs) q.add(x);
        return q;
    }
    static String rest(Iterator<Integer> it) {
        StringBuilder b = new StringBuilder();
        while (it.hasNext()) b.append(it.next()).append(' ');
        return b.toString();
    }

    public static void main(String[] args) throws Exception {
        ArrayBlockingQueue<Integer> q = q(4, 1, 2, 3);
        System.out.println(q + " " + q.size() + " " + q.remainingCapacity() + " " + q.offer(4) + " " + q.offer(5) + " " + q.peek());
        show("add full", () -> q.add(6));
        show("offer null", () -> q.offer(null));
        show("capacity 0", () -> new ArrayBlockingQueue<Integer>(0));
        show("collection too big", () -> new ArrayBlockingQueue<Integer>(2, false, List.of(1, 2, 3)));
        show("collection with null", () -> new ArrayBlockingQueue<Integer>(2, true, Arrays.asList(1, null)));
        System.out.println(new ArrayBlockingQueue<Integer>(3, false, List.of(7, 8, 9)) + " " + new ArrayBlockingQueue<Integer>(5, false, List.of(7, 8)));
        System.out.println(q.poll() + " " + q.take() + " " + q + " " + q.contains(4) + " " + q.remove(3) + " " + q.remove(9) + " " + q);
        q.put(10);
        q.put(11);
        q.put(12);
        System.out.println(q + " " + Arrays.toString(q.toArray()) + " " + q.remainingCapacity());
        List<Integer> sink = new ArrayList<>();
        System.out.println(q.drainTo(sink, 2) + " " + sink + " " + q + " " + q.drainTo(sink) + " " + q + " " + q.poll() + " " + q.peek());
        show("drainTo self", () -> q.drainTo(q));
        show("remove empty", () -> q.remove());
        Thread.currentThread().interrupt();
        try {
            q.take();
        } catch (InterruptedException e) {
            System.out.println("take interrupted " + Thread.currentThread().isInterrupted());
        }

        /* iterators */
        ArrayBlockingQueue<Integer> a = q(5, 1, 2, 3);
        Iterator<Integer> it = a.iterator();
        a.add(4);
        System.out.println("added after: " + rest(it));
        a = q(5, 1, 2, 3);
        it = a.iterator();
        System.out.print(it.next() + " ");
        a.add(4);
        System.out.println("added during: " + rest(it));
        a = q(5, 1, 2);
        it = a.iterator();
        System.out.print(it.next() + " ");
        a.add(3);
        System.out.println("added at put index: " + rest(it));
        a = q(5, 1, 2, 3, 4);
        it = a.iterator();
        a.poll();
        a.poll();
        System.out.println("taken before: " + rest(it) + a);
        a = q(5, 1, 2, 3, 4, 5);
        it = a.iterator();
        System.out.print(it.next() + " " + it.next() + " ");
        a.remove(4);
        System.out.println("removed ahead: " + rest(it) + a);
        a = q(5, 1, 2, 3, 4, 5);
        it = a.iterator();
        System.out.print(it.next() + " " + it.next() + " ");
        a.remove(3);
        System.out.println("removed the next: " + rest(it) + a);
        a = q(5, 1, 2, 3, 4, 5);
        it = a.iterator();
        System.out.print(it.next() + " " + it.next() + " " + it.next() + " ");
        a.remove(2);
        it.remove();
        System.out.println("removed behind then remove: " + rest(it) + a);
        a = q(5, 1, 2, 3, 4, 5);
        Iterator<Integer> r = a.iterator();
        while (r.hasNext()) if (r.next() % 2 == 1) r.remove();
        System.out.println("iterator remove odd: " + a);
        Iterator<Integer> r2 = r;
        show("remove twice", () -> r2.remove());
        show("remove before next", () -> q(3, 1).iterator().remove());
        a = q(3, 1, 2, 3);
        it = a.iterator();
        System.out.print(it.next() + " ");
        a.clear();
        System.out.println("cleared: " + it.hasNext() + " " + rest(it) + a);
        a = q(3, 1, 2, 3);
        it = a.iterator();
        System.out.print(it.next() + " ");
        a.poll();
        a.poll();
        a.poll();
        a.add(7);
        System.out.println("emptied and refilled: " + rest(it) + a);
        /* wrapping around the array */
        a = q(4, 1, 2, 3);
        a.poll();
        a.poll();
        a.add(4);
        a.add(5);
        a.add(6);
        it = a.iterator();
        System.out.print(a + " " + it.next() + " ");
        a.poll();
        a.add(7);
        System.out.println("wrapped: " + rest(it) + a);
        a = q(3, 1, 2, 3);
        it = a.iterator();
        System.out.print(it.next() + " ");
        for (int i = 0; i < 7; i++) {
            a.poll();
            a.add(10 + i);
        }
        System.out.println("wrapped twice: " + it.hasNext() + " " + rest(it) + a);
        a = q(4, 1, 2, 3, 4);
        it = a.iterator();
        it.next();
        it.next();
        it.next();
        a.poll();
        a.add(5);
        it.remove();
        System.out.println("remove after take: " + rest(it) + a);
        a = q(4, 1, 2, 3, 4);
        it = a.iterator();
        while (it.hasNext()) it.next();
        a.remove(2);
        it.remove();
        System.out.println("remove at end: " + a);
        a = q(4, 1, 2, 3, 4);
        it = a.iterator();
        while (it.hasNext()) it.next();
        a.poll();
        a.add(9);
        it.remove();
        System.out.println("remove at end after take: " + a);
        StringBuilder sb = new StringBuilder();
        for (Integer x : q(6, 3, 1, 4, 1, 5)) sb.append(x);
        System.out.println(sb + " " + q(6).iterator().hasNext());
        Iterator<Integer> e = q(2).iterator();
        show("next on empty", () -> e.next());
    }
}
