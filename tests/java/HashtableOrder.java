import java.util.Enumeration;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/* java.util.Hashtable: its own iteration order (not HashMap's) for Integer
 * and String keys as the table grows, its views and enumerations, and the
 * JDK's exceptions for null keys and values. */
public class HashtableOrder {
    interface Action { void run() throws Exception; }
    static void attempt(String label, Action a) {
        try {
            a.run();
            System.out.println(label + ": ok");
        } catch (Exception e) {
            System.out.println(label + ": " + e);
        }
    }

    static <K, V> String enumerate(Hashtable<K, V> t) {
        StringBuilder b = new StringBuilder();
        for (Enumeration<K> k = t.keys(); k.hasMoreElements(); ) b.append(k.nextElement()).append(' ');
        b.append('|');
        for (Enumeration<V> v = t.elements(); v.hasMoreElements(); ) b.append(' ').append(v.nextElement());
        return b.toString();
    }

    public static void main(String[] args) {
        Hashtable<Integer, String> small = new Hashtable<>();
        for (int i = 1; i <= 4; i++) small.put(i, "v" + i);
        System.out.println(small + " " + enumerate(small));

        Hashtable<Integer, Integer> ints = new Hashtable<>();
        for (int i = 0; i < 40; i++) {
            ints.put(i * 13 - 100, i);
            if (i == 7 || i == 8 || i == 16 || i == 17 || i == 39) System.out.println(i + ": " + ints.keySet());
        }
        System.out.println(ints.get(-100) + " " + ints.get(407) + " " + ints.get(5) + " " + ints.containsKey(-87) + " " + ints.contains(39) + " " + ints.containsValue(40));
        System.out.println(ints.remove(-100) + " " + ints.remove(-100) + " " + ints.size());
        for (Iterator<Integer> it = ints.keySet().iterator(); it.hasNext(); ) if (it.next() % 2 == 0) it.remove();
        System.out.println(ints);
        ints.values().remove(1);
        ints.entrySet().removeIf(e -> e.getValue() > 30);
        System.out.println(ints + " " + ints.size());

        Hashtable<String, Integer> words = new Hashtable<>();
        String text = "it was the best of times it was the worst of times it was the age of wisdom it was the age of foolishness";
        for (String w : text.split(" ")) words.merge(w, 1, Integer::sum);
        System.out.println(words);
        System.out.println(words.keySet() + " " + words.values());
        for (Map.Entry<String, Integer> e : words.entrySet()) if (e.getKey().length() > 5) e.setValue(e.getValue() * 100);
        System.out.println(words + " " + words.getOrDefault("best", -1) + " " + words.getOrDefault("none", -1));
        System.out.println(words.putIfAbsent("age", 9) + " " + words.putIfAbsent("youth", 9) + " " + words.computeIfAbsent("zeal", String::length)
                + " " + words.compute("it", (k, v) -> v * 2) + " " + words.computeIfPresent("of", (k, v) -> null) + " " + words);

        Map<String, Integer> same = new HashMap<>(words);
        Map<String, Integer> sorted = new TreeMap<>(words);
        System.out.println(words.equals(same) + " " + same.equals(words) + " " + words.equals(sorted) + " " + (words.hashCode() == same.hashCode()));
        Hashtable<String, Integer> copy = new Hashtable<>(sorted);
        System.out.println(copy + " " + copy.equals(words));
        @SuppressWarnings("unchecked")
        Hashtable<String, Integer> clone = (Hashtable<String, Integer>) words.clone();
        clone.put("extra", 0);
        clone.remove("it");
        System.out.println(words.size() + " " + clone.size() + " " + clone + " " + words.equals(clone));

        Hashtable<String, String> tiny = new Hashtable<>(2, 1.0f);
        for (String s : new String[]{"Aa", "BB", "C", "D", "Ee", "Ff"}) {
            tiny.put(s, s.toLowerCase());
            System.out.print(tiny + " ");
        }
        System.out.println();
        Iterator<String> values = tiny.elements().asIterator();
        StringBuilder vs = new StringBuilder();
        while (values.hasNext()) vs.append(values.next());
        System.out.println(vs);

        Hashtable<Object, Object> self = new Hashtable<>();
        self.put("me", self);
        System.out.println(self + " " + new Hashtable<>().hashCode() + " " + new Hashtable<>());

        attempt("put(null, v)", () -> words.put(null, 1));
        attempt("put(k, null)", () -> words.put("k", null));
        attempt("put(null, null)", () -> words.put(null, null));
        attempt("get(null)", () -> words.get(null));
        attempt("containsKey(null)", () -> words.containsKey(null));
        attempt("contains(null)", () -> words.contains(null));
        attempt("remove(null)", () -> words.remove(null));
        attempt("putIfAbsent(it, null)", () -> words.putIfAbsent("it", null));
        attempt("setValue(null)", () -> words.entrySet().iterator().next().setValue(null));
        attempt("new Hashtable(-1)", () -> new Hashtable<String, String>(-1));
        attempt("new Hashtable(4, -2)", () -> new Hashtable<String, String>(4, -2f));
        attempt("new Hashtable(0)", () -> new Hashtable<String, String>(0).put("a", "b"));
        attempt("add while iterating", () -> { for (String k : words.keySet()) words.put(k + "!", 1); });
        attempt("next() past the end", () -> new Hashtable<String, String>().keys().nextElement());
        attempt("remove() twice", () -> {
            Iterator<String> it = small.values().iterator();
            it.next();
            it.remove();
            it.remove();
        });
        System.out.println(small);
        small.clear();
        System.out.println(small + " " + small.isEmpty() + " " + small.keys().hasMoreElements());
    }
}
