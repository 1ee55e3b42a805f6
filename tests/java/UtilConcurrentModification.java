// ConcurrentModificationException: for-each over ArrayList, LinkedList,
// HashMap and TreeMap views modified in the loop, subList views after
// a change of their list, forEach actions; and the cases that do not throw.
import java.util.*;

public class UtilConcurrentModification {
    interface Action { void run(); }

    static void attempt(String what, Action a) {
        try {
            a.run();
            System.out.println(what + ": no exception");
        } catch (ConcurrentModificationException e) {
            System.out.println(what + ": " + e);
        }
    }

    static List<Integer> list(List<Integer> l, int n) {
        for (int i = 0; i < n; i++) l.add(i);
        return l;
    }

    public static void main(String[] args) {
        attempt("ArrayList add in for-each", () -> {
            List<Integer> l = list(new ArrayList<>(), 5);
            for (int x : l) if (x == 1) l.add(9);
        });
        attempt("ArrayList remove in for-each", () -> {
            List<Integer> l = list(new ArrayList<>(), 5);
            for (Integer x : l) if (x == 1) l.remove(x);
        });
        attempt("ArrayList remove of the second last", () -> {
            List<Integer> l = list(new ArrayList<>(), 5);
            for (Integer x : l) if (x == 3) l.remove(x);
            System.out.print(l + " ");
        });
        attempt("ArrayList set in for-each", () -> {
            List<Integer> l = list(new ArrayList<>(), 5);
            for (int i = 0; i < 1; i++) for (int x : l) l.set(x, x * 10);
            System.out.print(l + " ");
        });
        attempt("ArrayList iterator remove", () -> {
            List<Integer> l = list(new ArrayList<>(), 6);
            Iterator<Integer> it = l.iterator();
            while (it.hasNext()) if (it.next() % 2 == 0) it.remove();
            System.out.print(l + " ");
        });
        attempt("ArrayList sort while iterating", () -> {
            List<Integer> l = list(new ArrayList<>(), 4);
            for (int x : l) l.sort(null);
        });
        attempt("ArrayList addAll of nothing", () -> {
            List<Integer> l = list(new ArrayList<>(), 3);
            for (int x : l) l.addAll(new ArrayList<>());
        });
        attempt("ArrayList forEach that adds", () -> {
            List<Integer> l = list(new ArrayList<>(), 3);
            l.forEach(x -> { if (x == 2) l.add(7); });
        });
        attempt("ArrayList forEach that removes", () -> {
            List<Integer> l = list(new ArrayList<>(), 3);
            l.forEach(x -> { if (x == 1) l.remove(0); });
        });
        attempt("LinkedList add in for-each", () -> {
            List<Integer> l = list(new LinkedList<>(), 4);
            for (int x : l) if (x == 0) l.add(0, -1);
        });
        attempt("LinkedList removeFirst in for-each", () -> {
            LinkedList<Integer> l = new LinkedList<>(list(new ArrayList<>(), 4));
            for (int x : l) if (x == 2) l.removeFirst();
        });
        attempt("ListIterator add, then the list's add", () -> {
            List<Integer> l = list(new ArrayList<>(), 4);
            ListIterator<Integer> it = l.listIterator();
            it.next();
            it.add(5);
            l.add(6);
            it.next();
        });
        attempt("HashMap put in keySet loop", () -> {
            Map<String, Integer> m = new HashMap<>();
            m.put("a", 1);
            m.put("b", 2);
            m.put("c", 3);
            for (String k : m.keySet()) if (k.equals("a")) m.put("d", 4);
        });
        attempt("HashMap put of an existing key", () -> {
            Map<String, Integer> m = new HashMap<>();
            m.put("a", 1);
            m.put("b", 2);
            for (String k : m.keySet()) m.put(k, m.get(k) + 1);
            System.out.print(m + " ");
        });
        attempt("HashMap remove in entrySet loop", () -> {
            Map<Integer, Integer> m = new HashMap<>();
            for (int i = 0; i < 5; i++) m.put(i, i);
            for (Map.Entry<Integer, Integer> e : m.entrySet()) if (e.getKey() == 1) m.remove(3);
        });
        attempt("HashMap values iterator remove", () -> {
            Map<Integer, Integer> m = new HashMap<>();
            for (int i = 0; i < 6; i++) m.put(i, i * i);
            Iterator<Integer> it = m.values().iterator();
            while (it.hasNext()) if (it.next() > 5) it.remove();
            System.out.print(m + " ");
        });
        attempt("HashMap forEach that removes", () -> {
            Map<Integer, Integer> m = new HashMap<>();
            for (int i = 0; i < 3; i++) m.put(i, i);
            m.forEach((k, v) -> { if (k == 0) m.remove(2); });
        });
        attempt("HashMap clear in loop", () -> {
            Map<Integer, Integer> m = new HashMap<>();
            m.put(1, 1);
            m.put(2, 2);
            for (int k : m.keySet()) m.clear();
        });
        attempt("HashSet add in for-each", () -> {
            Set<Integer> s = new HashSet<>(list(new ArrayList<>(), 3));
            for (int x : s) s.add(x + 10);
        });
        attempt("TreeMap put in loop", () -> {
            TreeMap<Integer, String> t = new TreeMap<>();
            t.put(1, "a");
            t.put(2, "b");
            for (int k : t.keySet()) t.put(k + 10, "x");
        });
        attempt("TreeSet iterator remove", () -> {
            TreeSet<Integer> t = new TreeSet<>(list(new ArrayList<>(), 6));
            Iterator<Integer> it = t.iterator();
            while (it.hasNext()) if (it.next() % 3 == 0) it.remove();
            System.out.print(t + " ");
        });
        attempt("subList after the list's add", () -> {
            List<Integer> l = list(new ArrayList<>(), 5);
            List<Integer> sub = l.subList(1, 3);
            l.add(5);
            System.out.println(sub);
        });
        attempt("subList after the list's set", () -> {
            List<Integer> l = list(new ArrayList<>(), 5);
            List<Integer> sub = l.subList(1, 3);
            l.set(1, 100);
            System.out.print(sub + " ");
        });
        attempt("subList of a subList after the outer changed", () -> {
            List<Integer> l = list(new LinkedList<>(), 6);
            List<Integer> outer = l.subList(0, 5);
            List<Integer> inner = outer.subList(1, 3);
            outer.remove(0);
            inner.size();
        });
        List<Integer> last = list(new ArrayList<>(), 3);
        for (int x : last) if (x == 0) last.add(3);
    }
}
