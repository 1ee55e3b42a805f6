import java.util.*;
import java.util.function.*;
public class CollectionsBoxed {
    public static void main(String[] args) {
        Map<String, Integer> counts = new HashMap<>();
        String[] words = { "a", "b", "a", "c", "b", "a" };
        for (String w : words) counts.put(w, counts.getOrDefault(w, 0) + 1);
        System.out.println(counts);
        for (String w : words) counts.merge(w, 1, Integer::sum);
        System.out.println(counts);
        List<Integer> nums = new ArrayList<>();
        for (int i = 10; i > 0; i -= 3) nums.add(i);
        Collections.sort(nums);
        int total = 0;
        for (int n : nums) total += n;
        System.out.println(nums + " " + total + " " + Collections.max(nums) + " " + nums.indexOf(7) + " " + nums.contains(4));
        TreeMap<Integer, String> tm = new TreeMap<>();
        for (int i = 0; i < 10; i++) tm.put(i * 37 % 11, "v" + i);
        System.out.println(tm + " " + tm.firstKey() + " " + tm.ceilingKey(5));
        Function<String, Integer> len = String::length;
        System.out.println(len.apply("four") + 1);
        BiFunction<Integer, Integer, Integer> add = (x, y) -> x + y;
        System.out.println(add.apply(2, 3));
        Supplier<Double> pi = () -> 3.14;
        System.out.println(pi.get() * 2);
        Object o = switch (words.length) { case 6 -> 42; default -> "x"; };
        System.out.println(o);
        Deque<Integer> st = new ArrayDeque<>();
        st.push(1); st.push(2); System.out.println(st.pop() + st.pop());
        Integer a = 127, b = 127, c = 128, d = 128;
        System.out.println((a == b) + " " + (c == d) + " " + c.equals(d));
        List<Integer> list = Arrays.asList(3, 1, 2);
        System.out.println(list);
        Set<Integer> hs = new HashSet<>();
        for (int i = 0; i < 20; i++) hs.add(i * i % 17);
        System.out.println(hs);
    }
}
