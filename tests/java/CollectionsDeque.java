import java.util.*;
public class CollectionsDeque {
    public static void main(String[] args) {
        Deque<String> stack = new ArrayDeque<>();
        stack.push("a"); stack.push("b"); stack.push("c");
        System.out.println(stack + " " + stack.peek() + " " + stack.pop() + " " + stack);
        Queue<String> q = new LinkedList<>();
        q.offer("x"); q.offer("y"); q.add("z");
        System.out.println(q + " " + q.poll() + " " + q.peek() + " " + q.size());
        LinkedList<String> ll = new LinkedList<>();
        for (String s : new String[] { "d", "b", "a", "c" }) ll.add(s);
        ll.addFirst("z"); ll.removeLast(); ll.add(2, "m");
        System.out.println(ll + " " + ll.get(2) + " " + ll.indexOf("a") + " " + ll.getFirst() + ll.getLast());
        Collections.sort(ll);
        System.out.println(ll);
        List<String> al = new ArrayList<>(ll);
        Collections.reverse(al);
        System.out.println(al + " " + Collections.max(al) + " " + Collections.min(al) + " " + Collections.frequency(al, "b"));
        Collections.sort(al, (a, b) -> b.compareTo(a));
        System.out.println(al);
        ArrayDeque<String> big = new ArrayDeque<>();
        for (int i = 0; i < 40; i++) { big.addLast("n" + i); if (i % 3 == 0) big.pollFirst(); }
        System.out.println(big.size() + " " + big.peekFirst() + " " + big.peekLast());
        Iterator<String> it = ll.iterator();
        while (it.hasNext()) if (it.next().equals("b")) it.remove();
        System.out.println(ll);
        try { new ArrayDeque<String>().pop(); } catch (NoSuchElementException e) { System.out.println("empty " + e.getMessage()); }
    }
}
