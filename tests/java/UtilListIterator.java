// ListIterator over ArrayList and LinkedList (both directions, set, add,
// remove, the IllegalStateException cases), and subList views: reads,
// writes through, clear, nested sublists, range errors.
import java.util.*;

public class UtilListIterator {
    // doubles every even number, drops multiples of 5, inserts a marker after 7
    static void edit(List<Integer> list) {
        ListIterator<Integer> it = list.listIterator();
        while (it.hasNext()) {
            int i = it.nextIndex();
            int x = it.next();
            if (x % 5 == 0) it.remove();
            else if (x % 2 == 0) it.set(x * 2);
            else if (x == 7) it.add(-7);
            System.out.print(i + ":" + x + " ");
        }
        System.out.println("-> " + list);
        StringBuilder back = new StringBuilder();
        while (it.hasPrevious()) back.append(it.previousIndex()).append('=').append(it.previous()).append(' ');
        System.out.println("backwards " + back + "nextIndex " + it.nextIndex() + " previousIndex " + it.previousIndex());
    }

    static void errors(List<String> list) {
        ListIterator<String> it = list.listIterator();
        try {
            it.remove();
        } catch (IllegalStateException e) {
            System.out.println("remove before next: " + e);
        }
        try {
            it.set("x");
        } catch (IllegalStateException e) {
            System.out.println("set before next: " + e);
        }
        it.next();
        it.add("added");
        try {
            it.set("y");
        } catch (IllegalStateException e) {
            System.out.println("set after add: " + e);
        }
        it.previous();
        it.remove();
        try {
            it.remove();
        } catch (IllegalStateException e) {
            System.out.println("second remove: " + e);
        }
        while (it.hasNext()) it.next();
        try {
            it.next();
        } catch (NoSuchElementException e) {
            System.out.println("past the end: " + e);
        }
        ListIterator<String> start = list.listIterator();
        try {
            start.previous();
        } catch (NoSuchElementException e) {
            System.out.println("before the start: " + e);
        }
        try {
            list.listIterator(list.size() + 1);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e);
        }
        ListIterator<String> tail = list.listIterator(list.size());
        System.out.println("from the end " + tail.hasNext() + " " + tail.previous() + " " + list);
    }

    static void subLists(List<Integer> list) {
        for (int i = 0; i < 10; i++) list.add(i * 10);
        List<Integer> mid = list.subList(2, 7);
        System.out.println(mid + " size " + mid.size() + " get(0) " + mid.get(0) + " indexOf 50 " + mid.indexOf(50)
            + " contains 90 " + mid.contains(90));
        mid.set(0, -20);
        mid.add(99);
        mid.remove(Integer.valueOf(40));
        System.out.println(mid + " " + list);
        List<Integer> inner = mid.subList(1, 3);
        inner.add(0, 7);
        System.out.println(inner + " " + mid + " " + list);
        inner.clear();
        System.out.println(inner + " " + mid + " " + list + " sizes " + inner.size() + " " + mid.size() + " " + list.size());
        ListIterator<Integer> it = mid.listIterator();
        while (it.hasNext()) if (it.next() > 60) it.remove();
        System.out.println(mid + " " + list);
        System.out.println("equals " + mid.equals(Arrays.asList(-20, 50, 60)) + " hash " + (mid.hashCode() == Arrays.asList(-20, 50, 60).hashCode()));
        list.subList(0, 2).clear();
        System.out.println("cleared head " + list);
        Collections.reverse(list.subList(1, list.size()));
        System.out.println("reversed tail " + list);
        try {
            list.subList(-1, 2);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e);
        }
        try {
            list.subList(0, 100);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e);
        }
        try {
            list.subList(3, 1);
        } catch (IllegalArgumentException e) {
            System.out.println(e);
        }
        try {
            list.subList(1, 2).get(1);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e);
        }
    }

    public static void main(String[] args) {
        List<Integer> nums = new ArrayList<>();
        for (int i = 1; i <= 12; i++) nums.add(i);
        edit(nums);
        LinkedList<Integer> linked = new LinkedList<>();
        for (int i = 1; i <= 12; i++) linked.add(i);
        edit(linked);
        System.out.println("same result " + nums.equals(linked));

        errors(new ArrayList<>(Arrays.asList("a", "b", "c")));
        errors(new LinkedList<>(Arrays.asList("a", "b", "c")));

        ListIterator<Integer> mid = linked.listIterator(3);
        System.out.println("listIterator(3) " + mid.nextIndex() + " " + mid.next() + " " + mid.previous() + " " + mid.previous());
        Iterator<Integer> down = linked.descendingIterator();
        StringBuilder sb = new StringBuilder();
        while (down.hasNext()) sb.append(down.next()).append(' ');
        System.out.println("descending " + sb);

        subLists(new ArrayList<>());
        subLists(new LinkedList<>());
        try {
            linked.get(40);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e);
        }
        try {
            nums.get(40);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e);
        }
        try {
            nums.add(40, 1);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e);
        }
    }
}
