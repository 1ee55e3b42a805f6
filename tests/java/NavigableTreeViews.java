import java.util.*;
public class NavigableTreeViews {
    public static void main(String[] args) {
        TreeMap<Integer, String> m = new TreeMap<>();
        for (int i = 10; i <= 70; i += 10) m.put(i, "v" + i);
        System.out.println(m.headMap(40) + " " + m.headMap(40, true) + " " + m.tailMap(40) + " " + m.tailMap(40, false));
        System.out.println(m.subMap(20, 50) + " " + m.subMap(20, false, 50, true) + " " + m.descendingMap());
        System.out.println(m.firstKey() + " " + m.lastKey() + " " + m.firstEntry() + " " + m.lastEntry() + " " + m.higherEntry(30) + " " + m.lowerEntry(30) + " " + m.lowerEntry(10));
        System.out.println(m.floorKey(35) + " " + m.ceilingKey(35) + " " + m.higherKey(70) + " " + m.navigableKeySet() + " " + m.descendingKeySet());
        NavigableMap<Integer, String> d = m.descendingMap();
        System.out.println(d.firstKey() + " " + d.lastKey() + " " + d.headMap(40) + " " + d.tailMap(40) + " " + d.subMap(60, 20) + " " + d.higherKey(40) + " " + d.lowerKey(40) + " " + d.ceilingKey(45) + " " + d.floorKey(45));
        SortedMap<Integer, String> h = m.headMap(45);
        h.put(5, "v5");
        System.out.println(h + " " + m + " " + h.size() + " " + h.containsKey(50) + " " + h.get(50) + " " + h.get(20));
        try { h.put(50, "x"); } catch (IllegalArgumentException e) { System.out.println(e); }
        try { m.subMap(50, 20); } catch (IllegalArgumentException e) { System.out.println(e); }
        try { m.headMap(30).headMap(40); } catch (IllegalArgumentException e) { System.out.println(e); }
        try { m.tailMap(30).tailMap(20); } catch (IllegalArgumentException e) { System.out.println(e); }
        try { m.headMap(null); } catch (NullPointerException e) { System.out.println("NPE"); }
        System.out.println(m.headMap(30, true).headMap(30, true) + " " + m.headMap(30).headMap(30));
        h.remove(10);
        h.remove(60);
        System.out.println(m + " " + m.tailMap(40, true).pollFirstEntry() + " " + m.descendingMap().pollFirstEntry() + " " + m);
        m.headMap(30).clear();
        System.out.println(m + " " + m.headMap(30).isEmpty() + " " + m.tailMap(30).isEmpty());
        for (Map.Entry<Integer, String> e : m.descendingMap().entrySet()) e.setValue(e.getValue() + "!");
        System.out.println(m + " " + m.descendingMap().keySet() + " " + m.descendingMap().values());
        try { m.headMap(0).firstKey(); } catch (NoSuchElementException e) { System.out.println(e); }

        TreeSet<String> s = new TreeSet<>(List.of("pear", "apple", "fig", "kiwi", "banana", "cherry"));
        System.out.println(s + " " + s.headSet("fig") + " " + s.headSet("fig", true) + " " + s.tailSet("fig") + " " + s.tailSet("fig", false));
        System.out.println(s.subSet("b", "k") + " " + s.subSet("banana", false, "kiwi", true) + " " + s.descendingSet());
        System.out.println(s.first() + " " + s.last() + " " + s.floor("c") + " " + s.ceiling("c") + " " + s.higher("fig") + " " + s.lower("fig") + " " + s.lower("apple"));
        NavigableSet<String> ds = s.descendingSet();
        System.out.println(ds.first() + " " + ds.headSet("fig") + " " + ds.higher("fig") + " " + ds.pollFirst() + " " + s);
        SortedSet<String> hs = s.headSet("c");
        hs.add("avocado");
        System.out.println(hs + " " + s + " " + hs.size());
        try { hs.add("zucchini"); } catch (IllegalArgumentException e) { System.out.println(e); }
        Iterator<String> di = s.descendingIterator();
        while (di.hasNext()) System.out.print(di.next() + " ");
        System.out.println();
        System.out.println(s.pollFirst() + " " + s.pollLast() + " " + s + " " + new TreeSet<String>().pollFirst());
        try { m.navigableKeySet().add(99); } catch (UnsupportedOperationException e) { System.out.println(e); }
        m.navigableKeySet().remove(70);
        System.out.println(m + " " + m.comparator() + " " + s.comparator());
        TreeSet<Integer> r = new TreeSet<>(Collections.<Integer>reverseOrder());
        r.addAll(List.of(3, 1, 2));
        System.out.println(r + " " + r.headSet(2) + " " + r.descendingSet() + " " + r.descendingSet().headSet(2));
    }
}
