// Collections algorithms (shuffle with a seeded Random, binarySearch,
// max/min, frequency, swap, fill, copy, disjoint, reverseOrder),
// Arrays.asList as a fixed-size view, bulk operations, and equals/hashCode
// across list, set and map implementations.
import java.util.*;

public class UtilCollectionsAlgo {
    public static void main(String[] args) {
        List<Integer> deck = new ArrayList<>();
        for (int i = 1; i <= 12; i++) deck.add(i);
        Collections.shuffle(deck, new Random(42));
        System.out.println("shuffled " + deck);
        LinkedList<Integer> deck2 = new LinkedList<>();
        for (int i = 1; i <= 12; i++) deck2.add(i);
        Collections.shuffle(deck2, new Random(42));
        System.out.println("same shuffle " + deck.equals(deck2));
        System.out.println("max " + Collections.max(deck) + " min " + Collections.min(deck)
            + " max by last digit " + Collections.max(deck, (a, b) -> a % 10 - b % 10)
            + " min reversed " + Collections.min(deck, Collections.reverseOrder()));
        Collections.swap(deck, 0, 11);
        System.out.println("swapped " + deck);
        Collections.sort(deck, Collections.reverseOrder());
        System.out.println("descending " + deck);
        Collections.sort(deck);
        for (int key : new int[] {1, 7, 12, 0, 13, 6}) System.out.print(Collections.binarySearch(deck, key) + " ");
        System.out.println();
        List<String> words = new ArrayList<>(Arrays.asList("delta", "alpha", "charlie", "bravo"));
        Comparator<String> byLength = (a, b) -> a.length() - b.length();
        words.sort(byLength.thenComparing((a, b) -> a.compareTo(b)));
        System.out.println(words + " " + Collections.binarySearch(words, "bravo", byLength.thenComparing((a, b) -> a.compareTo(b))));
        words.sort(null);
        System.out.println("natural " + words);
        List<String> letters = new ArrayList<>();
        Collections.addAll(letters, "a", "b", "a", "c", "a");
        System.out.println(letters + " a x" + Collections.frequency(letters, "a") + " z x" + Collections.frequency(letters, "z")
            + " disjoint " + Collections.disjoint(letters, words) + " " + Collections.disjoint(letters, Arrays.asList("c")));
        Collections.reverse(letters);
        List<String> dest = new ArrayList<>(Arrays.asList("1", "2", "3", "4", "5", "6"));
        Collections.copy(dest, letters);
        System.out.println("reversed " + letters + " copied " + dest);
        Collections.fill(letters, "z");
        System.out.println("filled " + letters);
        try {
            Collections.copy(letters, dest);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e);
        }
        try {
            Collections.max(new ArrayList<Integer>());
        } catch (NoSuchElementException e) {
            System.out.println("max of nothing: " + e);
        }

        String[] arr = {"x", "y", "z"};
        List<String> view = Arrays.asList(arr);
        view.set(1, "Y");
        arr[2] = "Z";
        System.out.println(view + " " + Arrays.toString(arr) + " " + view.indexOf("Z") + " " + view.contains("x"));
        try {
            view.add("w");
        } catch (UnsupportedOperationException e) {
            System.out.println("asList add: " + e);
        }
        try {
            view.remove(0);
        } catch (UnsupportedOperationException e) {
            System.out.println("asList remove: " + e);
        }
        Collections.sort(view, Collections.reverseOrder());
        System.out.println("sorted through the view " + Arrays.toString(arr));
        Integer[] boxed = {5, 2, 9, 1, 7, 3};
        Arrays.sort(boxed, 1, 5);
        System.out.println("range sort " + Arrays.toString(boxed));
        Arrays.sort(boxed, Collections.reverseOrder());
        System.out.println("reverse sort " + Arrays.toString(boxed));
        try {
            Arrays.sort(boxed, 4, 2);
        } catch (IllegalArgumentException e) {
            System.out.println(e);
        }

        List<Integer> nums = new ArrayList<>();
        for (int i = 0; i < 15; i++) nums.add(i);
        nums.removeIf(n -> n % 3 == 0);
        System.out.println("removeIf " + nums);
        nums.removeAll(Arrays.asList(1, 2, 4));
        System.out.println("removeAll " + nums);
        nums.retainAll(new HashSet<>(Arrays.asList(5, 7, 8, 11, 100)));
        System.out.println("retainAll " + nums + " containsAll " + nums.containsAll(Arrays.asList(5, 8)) + " " + nums.containsAll(Arrays.asList(5, 6)));
        nums.replaceAll(n -> n * n);
        nums.addAll(1, Arrays.asList(-1, -2));
        System.out.println("replaceAll+addAll " + nums + " " + Arrays.toString(nums.toArray()));

        List<Integer> al = new ArrayList<>(Arrays.asList(1, 2, 3));
        List<Integer> ll = new LinkedList<>(al);
        List<Integer> vec = new Vector<>(al);
        System.out.println("lists equal " + al.equals(ll) + " " + ll.equals(vec) + " " + vec.equals(al) + " " + al.equals(List.of(1, 2, 3))
            + " hashes " + al.hashCode() + " " + ll.hashCode() + " " + vec.hashCode() + " " + al.equals(new HashSet<>(al)));

        Set<String> hs = new HashSet<>(Arrays.asList("pear", "fig", "kiwi"));
        Set<String> ts = new TreeSet<>(hs);
        Set<String> lhs = new LinkedHashSet<>(Arrays.asList("kiwi", "pear", "fig"));
        System.out.println(hs + " " + ts + " " + lhs);
        System.out.println("sets equal " + hs.equals(ts) + " " + ts.equals(lhs) + " " + lhs.equals(hs) + " hashes " + hs.hashCode() + " " + ts.hashCode() + " " + lhs.hashCode()
            + " " + hs.equals(Arrays.asList("pear", "fig", "kiwi")));
        ts.add("apple");
        System.out.println("after add " + hs.equals(ts) + " " + ts.equals(hs));

        Map<String, Integer> hm = new HashMap<>();
        Map<String, Integer> tm = new TreeMap<>();
        Map<String, Integer> lm = new LinkedHashMap<>();
        String[] keys = {"one", "two", "three", "four"};
        for (int i = 0; i < keys.length; i++) {
            hm.put(keys[i], i + 1);
            tm.put(keys[keys.length - 1 - i], keys.length - i);
            lm.put(keys[i], i + 1);
        }
        System.out.println(hm + " " + tm + " " + lm);
        System.out.println("maps equal " + hm.equals(tm) + " " + tm.equals(lm) + " " + lm.equals(hm) + " hashes " + hm.hashCode() + " " + tm.hashCode() + " " + lm.hashCode());
        System.out.println("keySets equal " + hm.keySet().equals(tm.keySet()) + " " + tm.keySet().equals(new HashSet<>(Arrays.asList(keys)))
            + " entrySets equal " + hm.entrySet().equals(lm.entrySet()) + " " + tm.entrySet().equals(hm.entrySet())
            + " contains entry " + tm.entrySet().contains(new AbstractMap.SimpleEntry<>("two", 2)) + " " + hm.entrySet().contains(Map.entry("two", 3)));
        tm.put("two", 22);
        System.out.println("after put " + hm.equals(tm) + " " + tm.values() + " " + tm.keySet().hashCode());
        hm.put("nothing", null);
        Map<String, Integer> copy = new TreeMap<>(hm);
        System.out.println("null values " + hm.equals(copy) + " " + copy + " " + copy.containsKey("nothing"));

        Map<Integer, String> small = new HashMap<>(2);
        for (int i = 0; i < 8; i++) small.put(i * 7, "v" + i);
        System.out.println("small table " + small);
        Map<Integer, String> big = new HashMap<>();
        Map<Integer, String> src = new TreeMap<>();
        for (int i = 0; i < 12; i++) src.put(i * 17, "w" + i);
        big.putAll(src);
        System.out.println("putAll " + big);
        Map<Integer, String> ten = Map.of(1, "a", 2, "b", 3, "c", 4, "d", 5, "e", 6, "f", 7, "g", 8, "h", 9, "i", 10, "j");
        System.out.println("Map.of ten " + new TreeMap<>(ten));
        Map<String, Integer> counts = new TreeMap<>();
        for (String w : "the cat and the hat and the bat".split(" ")) counts.merge(w, 1, Integer::sum);
        counts.computeIfPresent("the", (k, v) -> v * 100);
        counts.compute("cat", (k, v) -> null);
        counts.replace("hat", 9);
        System.out.println(counts + " " + counts.remove("and", 3) + " " + counts.remove("and", 2) + " " + counts);
    }
}
