import java.util.*;

/* Collections.rotate: element i moves to (i + distance) mod size, for
 * positive, negative, zero and oversized distances, on an ArrayList, a
 * LinkedList, a sublist view and an empty list; an unmodifiable list
 * refuses it */
public class CollectionsRotate {
    static List<Integer> range(int n) {
        List<Integer> l = new ArrayList<>();
        for (int i = 0; i < n; i++) l.add(i);
        return l;
    }

    public static void main(String[] args) {
        int[] distances = {0, 1, 2, -1, -3, 5, 7, 13, -13, Integer.MAX_VALUE, Integer.MIN_VALUE};
        for (int n = 1; n <= 5; n++) {
            for (int d : distances) {
                List<Integer> a = range(n);
                Collections.rotate(a, d);
                List<Integer> b = new LinkedList<>(range(n));
                Collections.rotate(b, d);
                System.out.println("n=" + n + " d=" + d + " " + a + " " + a.equals(b));
            }
        }
        List<String> words = new ArrayList<>(List.of("a", "b", "c", "d", "e", "f", "g"));
        Collections.rotate(words.subList(1, 5), -1);
        System.out.println(words);
        List<String> empty = new ArrayList<>();
        Collections.rotate(empty, 3);
        System.out.println(empty);
        Collections.reverse(words);
        System.out.println(words);
        try {
            Collections.rotate(Collections.unmodifiableList(range(3)), 1);
            System.out.println("no exception");
        } catch (UnsupportedOperationException e) {
            System.out.println("UnsupportedOperationException");
        }
        List<Integer> single = Collections.unmodifiableList(range(1));
        Collections.rotate(single, 1);   // nothing to move: no exception
        System.out.println(single);
    }
}
