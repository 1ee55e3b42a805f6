import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/* word frequencies: a deterministic text of words made from a seeded
 * java.util.Random (word lengths and letters skewed so that some words are
 * frequent), counted in a HashMap<String, Integer>, the entries sorted by
 * count (descending) then word with a Comparator; prints the top 10. */
public class WordFreq {
    static String word(Random rnd, StringBuilder sb) {
        sb.setLength(0);
        int len = 1 + rnd.nextInt(3) + (rnd.nextInt(4) == 0 ? rnd.nextInt(4) : 0);
        for (int i = 0; i < len; i++) {
            /* letters skewed towards the start of the alphabet */
            int a = rnd.nextInt(26), b = rnd.nextInt(26);
            sb.append((char) ('a' + Math.min(a, b)));
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000000;
        Random rnd = new Random(42);
        StringBuilder text = new StringBuilder();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) text.append(' ');
            text.append(word(rnd, sb));
        }
        String[] words = text.toString().split(" ");
        System.out.println("words: " + words.length + ", characters: " + text.length());

        Map<String, Integer> counts = new HashMap<>();
        for (String w : words) counts.merge(w, 1, Integer::sum);
        System.out.println("distinct: " + counts.size());

        List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
        Comparator<Map.Entry<String, Integer>> byCountThenWord = (x, y) -> {
            int c = Integer.compare(y.getValue(), x.getValue());
            return c != 0 ? c : x.getKey().compareTo(y.getKey());
        };
        entries.sort(byCountThenWord);
        for (int i = 0; i < 10 && i < entries.size(); i++)
            System.out.println(entries.get(i).getKey() + " " + entries.get(i).getValue());
        long singles = 0;
        for (Map.Entry<String, Integer> e : entries) if (e.getValue() == 1) singles++;
        System.out.println("words seen once: " + singles);
        System.out.println("last: " + entries.get(entries.size() - 1).getKey());
    }
}
