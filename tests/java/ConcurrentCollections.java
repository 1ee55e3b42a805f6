import java.util.*;
import java.util.concurrent.*;

/* ConcurrentLinkedQueue, LinkedBlockingQueue and CopyOnWriteArrayList on
 * one thread: their order, exceptions, and iterators that go on while the
 * collection changes (weakly consistent or snapshots). */
public class ConcurrentCollections {
    static void show(String what, Runnable r) {
        try {
            r.run();
            System.out.println(what + ": ok");
        } catch (RuntimeException e) {
            System.out.println(what + ": " + e);
        }
    }
    interface Blocking { Object run() throws InterruptedException; }
    static void blocking(String what, Blocking b) {
        try {
            System.out.println(what + ": " + b.run());
        } catch (InterruptedException e) {
            System.out.println(what + ": " + e + " flag " + Thread.currentThread().isInterrupted());
        } catch (RuntimeException e) {
            System.out.println(what + ": " + e);
        }
    }

    static void queue(Queue<String> q) {
        String name = q.getClass().getSimpleName();
        System.out.println(name + " " + q + " " + q.isEmpty() + " " + q.size() + " " + q.peek() + " " + q.poll());
        for (String s : "d a c b e a".split(" ")) q.offer(s);
        q.add("f");
        System.out.println(q + " " + q.size() + " " + q.peek() + " " + q.element() + " " + q.contains("c") + " " + q.contains(null) + " " + q.contains("z"));
        System.out.println(q.poll() + " " + q.remove() + " " + q.remove("a") + " " + q.remove("zz") + " " + q.remove(null) + " " + q);
        show(name + " offer null", () -> q.offer(null));
        show(name + " add null", () -> q.add(null));
        show(name + " addAll self", () -> q.addAll(q));
        show(name + " addAll with null", () -> q.addAll(Arrays.asList("x", null)));
        System.out.println(q + " " + Arrays.toString(q.toArray()) + " " + Arrays.toString(q.toArray(new String[0])) + " " + Arrays.toString(q.toArray(new String[8])));
        /* an iterator goes on while the queue changes */
        Iterator<String> it = q.iterator();
        System.out.print(it.next() + " ");
        q.add("g");
        q.remove("b");
        q.poll();
        while (it.hasNext()) System.out.print(it.next() + " ");
        System.out.println("| " + q);
        StringBuilder sb = new StringBuilder();
        for (String s : q) {
            sb.append(s);
            if (s.equals("e")) q.add("h");
            if (s.equals("f")) q.remove("g");
        }
        System.out.println(sb + " " + q);
        Iterator<String> rm = q.iterator();
        show(name + " remove before next", () -> rm.remove());
        while (rm.hasNext()) if (rm.next().equals("h")) rm.remove();
        show(name + " remove twice", () -> rm.remove());
        System.out.println(q + " " + q.size());
        /* the last element removed while an iterator stands on it */
        Iterator<String> at = q.iterator();
        System.out.print(at.next() + " ");
        q.remove("f");
        q.add("i");
        q.add("j");
        while (at.hasNext()) System.out.print(at.next() + " ");
        System.out.println("| " + q);
        Iterator<String> ahead = q.iterator();
        q.poll();
        q.poll();
        System.out.println(ahead.hasNext() + " " + ahead.next() + " " + ahead.hasNext() + " " + q);
        q.clear();
        q.add("k");
        System.out.println(q + " " + q.isEmpty() + " " + q.size() + " " + q.equals(q) + " " + q.hashCode() * 0);
        show(name + " iterator end", () -> q.iterator().next().concat(String.valueOf(q.iterator().hasNext())));
        q.clear();
        show(name + " remove empty", () -> q.remove());
        show(name + " element empty", () -> q.element());
        show(name + " next empty", () -> q.iterator().next());
    }

    public static void main(String[] args) throws Exception {
        queue(new ConcurrentLinkedQueue<>());
        queue(new LinkedBlockingQueue<>());
        ConcurrentLinkedQueue<Integer> cq = new ConcurrentLinkedQueue<>(List.of(3, 1, 2));
        System.out.println(cq + " " + cq.addAll(List.of(5, 4)) + " " + cq);

        /* bounded */
        LinkedBlockingQueue<Integer> b = new LinkedBlockingQueue<>(3);
        System.out.println(b.remainingCapacity() + " " + b.offer(1) + " " + b.offer(2) + " " + b.offer(3) + " " + b.offer(4) + " " + b + " " + b.remainingCapacity());
        show("add full", () -> b.add(5));
        blocking("take", () -> b.take());
        b.put(6);
        System.out.println(b + " " + b.remainingCapacity());
        List<Integer> sink = new ArrayList<>();
        System.out.println(b.drainTo(sink, 2) + " " + sink + " " + b + " " + b.drainTo(sink) + " " + sink + " " + b + " " + b.drainTo(sink, 0));
        show("drainTo self", () -> b.drainTo(b));
        show("drainTo null", () -> b.drainTo(null));
        show("capacity 0", () -> new LinkedBlockingQueue<Integer>(0));
        show("from collection with null", () -> new LinkedBlockingQueue<Integer>(Arrays.asList(1, null)));
        LinkedBlockingQueue<Integer> fromList = new LinkedBlockingQueue<>(List.of(9, 8, 7));
        System.out.println(fromList + " " + fromList.remainingCapacity() + " " + fromList.poll() + " " + fromList.peek());
        Thread.currentThread().interrupt();
        blocking("take interrupted", () -> fromList.take());
        Thread.currentThread().interrupt();
        blocking("put interrupted", () -> { fromList.put(1); return fromList; });
        blocking("put", () -> { fromList.put(1); return fromList; });
        BlockingQueue<String> bq = new LinkedBlockingQueue<>();
        bq.add("x");
        System.out.println(bq.take() + " " + bq.poll() + " " + bq.size());

        /* CopyOnWriteArrayList */
        CopyOnWriteArrayList<String> l = new CopyOnWriteArrayList<>();
        for (String s : "one two three two four".split(" ")) l.add(s);
        System.out.println(l + " " + l.size() + " " + l.get(2) + " " + l.indexOf("two") + " " + l.lastIndexOf("two") + " " + l.indexOf("two", 2) + " " + l.lastIndexOf("two", 2) + " " + l.contains("four"));
        System.out.println(l.addIfAbsent("one") + " " + l.addIfAbsent("five") + " " + l.addAllAbsent(List.of("six", "one", "six", "seven")) + " " + l);
        System.out.println(l.set(0, "uno") + " " + l.remove(1) + " " + l.remove("two") + " " + l.remove("zzz") + " " + l);
        l.add(1, "dos");
        l.add(l.size(), null);
        System.out.println(l + " " + l.indexOf(null) + " " + l.remove(null) + " " + l.addAll(2, List.of("a", "b")) + " " + l);
        show("get out of range", () -> l.get(20));
        show("get negative", () -> l.get(-1));
        show("set out of range", () -> l.set(20, "x"));
        show("remove out of range", () -> l.remove(20));
        show("add out of range", () -> l.add(20, "x"));
        show("addAll out of range", () -> l.addAll(-1, List.of("x")));
        show("listIterator out of range", () -> l.listIterator(20));
        show("indexOf negative from", () -> l.indexOf("a", -1));
        /* snapshots */
        Iterator<String> snap = l.iterator();
        l.add("late");
        l.remove("uno");
        StringBuilder sb = new StringBuilder();
        while (snap.hasNext()) sb.append(snap.next()).append(' ');
        System.out.println(sb + "| " + l);
        for (String s : l) if (s.length() == 1) l.remove(s);
        System.out.println("removed while iterating " + l);
        show("iterator remove", () -> {
            Iterator<String> i = l.iterator();
            i.next();
            i.remove();
        });
        ListIterator<String> li = l.listIterator(l.size());
        sb.setLength(0);
        while (li.hasPrevious()) sb.append(li.previousIndex()).append(li.previous()).append(' ');
        System.out.println(sb);
        show("listIterator set", () -> l.listIterator().set("x"));
        l.removeIf(s -> s.startsWith("s"));
        System.out.println(l + " " + l.removeAll(List.of("dos")) + " " + l.retainAll(List.of("three", "four", "five", "late")) + " " + l);
        l.replaceAll(String::toUpperCase);
        l.sort(null);
        System.out.println(l + " " + l.equals(List.of("FIVE", "FOUR", "LATE", "THREE")) + " " + l.equals(new ArrayList<>(l)) + " " + (l.hashCode() == List.copyOf(l).hashCode()) + " " + l.equals(List.of("FIVE")));
        List<String> sub = l.subList(1, 3);
        System.out.println(sub + " " + sub.size() + " " + sub.get(0));
        sub.set(0, "four");
        sub.add("mid");
        System.out.println(sub + " " + l + " " + sub.remove(0) + " " + l);
        l.add("outside");
        show("subList after change", () -> sub.size());
        show("subList bad range", () -> l.subList(2, 1));
        CopyOnWriteArrayList<Integer> nums = new CopyOnWriteArrayList<>(new Integer[] {5, 3, 9});
        CopyOnWriteArrayList<Integer> copy = new CopyOnWriteArrayList<>(nums);
        nums.add(1);
        StringBuilder fe = new StringBuilder();
        nums.forEach(n -> fe.append(n).append(','));
        System.out.println(nums + " " + copy + " " + fe + " " + Arrays.toString(nums.toArray(new Integer[0])) + " " + nums.stream().mapToInt(Integer::intValue).sum());
        nums.clear();
        System.out.println(nums + " " + nums.isEmpty() + " " + nums.addAllAbsent(List.of()) + " " + nums.addAll(List.of()));

        /* CopyOnWriteArraySet: insertion order, no duplicates, snapshots */
        CopyOnWriteArraySet<String> set = new CopyOnWriteArraySet<>(List.of("b", "a", "b", "c"));
        System.out.println(set + " " + set.add("a") + " " + set.add("d") + " " + set.addAll(List.of("e", "a", "e")) + " " + set + " " + set.size());
        for (String s : set) if (s.compareTo("c") < 0) set.remove(s);
        System.out.println(set + " " + set.contains("d") + " " + set.equals(Set.of("c", "d", "e")) + " " + (set.hashCode() == Set.of("c", "d", "e").hashCode()) + " " + set.removeIf(s -> s.equals("d")) + " " + set);
        show("set iterator remove", () -> {
            Iterator<String> i = set.iterator();
            i.next();
            i.remove();
        });
    }
}
