// Unmodifiable views (changes throw UnsupportedOperationException, reads
// follow the backing collection), empty/singleton/nCopies collections, and
// the immutable List.of/Set.of/Map.of (sets and maps printed sorted: the
// JVM's order for those is randomized per run).
import java.util.*;

public class UtilUnmodifiable {
    interface Action { Object run(); }

    static void attempt(String what, Action a) {
        try {
            System.out.println(what + ": " + a.run());
        } catch (NullPointerException e) {
            System.out.println(what + ": NullPointerException");   // the JVM's helpful message names its own code
        } catch (UnsupportedOperationException | IllegalArgumentException | IndexOutOfBoundsException e) {
            System.out.println(what + ": " + e);
        }
    }

    public static void main(String[] args) {
        List<String> backing = new ArrayList<>(Arrays.asList("b", "a", "c"));
        List<String> ro = Collections.unmodifiableList(backing);
        attempt("ro list", () -> ro + " " + ro.size() + " " + ro.get(1) + " " + ro.contains("c") + " " + ro.indexOf("c"));
        attempt("ro add", () -> ro.add("d"));
        attempt("ro add(i)", () -> { ro.add(0, "d"); return "added"; });
        attempt("ro set", () -> ro.set(0, "z"));
        attempt("ro remove", () -> ro.remove(0));
        attempt("ro remove(o)", () -> ro.remove("a"));
        attempt("ro clear", () -> { ro.clear(); return "cleared"; });
        attempt("ro sort", () -> { ro.sort(null); return "sorted"; });
        attempt("ro addAll", () -> ro.addAll(Arrays.asList("x")));
        attempt("ro removeIf", () -> ro.removeIf(s -> s.isEmpty()));
        attempt("ro iterator remove", () -> { Iterator<String> it = ro.iterator(); it.next(); it.remove(); return "removed"; });
        attempt("ro listIterator set", () -> { ListIterator<String> it = ro.listIterator(); it.next(); it.set("q"); return "set"; });
        attempt("ro subList add", () -> ro.subList(0, 2).add("q"));
        backing.add("d");
        Collections.sort(backing);
        attempt("ro sees the backing list", () -> ro + " equals " + ro.equals(backing) + " hash " + (ro.hashCode() == backing.hashCode()) + " " + ro.subList(1, 3));
        attempt("ro same wrapper", () -> Collections.unmodifiableList(ro) == ro);

        Set<Integer> set = new TreeSet<>(Arrays.asList(5, 1, 3));
        Set<Integer> roSet = Collections.unmodifiableSet(set);
        attempt("ro set", () -> roSet + " " + roSet.contains(3) + " " + roSet.equals(new HashSet<>(Arrays.asList(1, 3, 5))));
        attempt("ro set add", () -> roSet.add(7));
        attempt("ro set removeAll", () -> roSet.removeAll(Arrays.asList(1)));

        Map<String, Integer> map = new TreeMap<>();
        map.put("one", 1);
        map.put("two", 2);
        Map<String, Integer> roMap = Collections.unmodifiableMap(map);
        attempt("ro map", () -> roMap + " " + roMap.get("two") + " " + roMap.containsKey("one") + " " + roMap.keySet() + " " + roMap.values() + " " + roMap.getOrDefault("x", 0));
        attempt("ro map put", () -> roMap.put("three", 3));
        attempt("ro map remove", () -> roMap.remove("one"));
        attempt("ro map merge", () -> roMap.merge("one", 1, Integer::sum));
        attempt("ro map entry setValue", () -> roMap.entrySet().iterator().next().setValue(5));
        attempt("ro map keySet remove", () -> roMap.keySet().remove("one"));
        attempt("ro map equals", () -> roMap.equals(map) + " " + map.equals(roMap) + " " + (roMap.hashCode() == map.hashCode()));

        Collection<String> roColl = Collections.unmodifiableCollection(backing);
        attempt("ro collection", () -> roColl + " " + roColl.size() + " equals itself only " + roColl.equals(Collections.unmodifiableCollection(backing)));
        attempt("ro collection add", () -> roColl.add("e"));

        List<String> none = Collections.emptyList();
        attempt("emptyList", () -> none + " " + none.size() + " " + none.isEmpty() + " " + none.contains(null) + " " + none.equals(new ArrayList<>()) + " " + none.hashCode());
        attempt("emptyList get", () -> none.get(0));
        attempt("emptyList add", () -> none.add("x"));
        attempt("emptySet", () -> Collections.emptySet() + " " + Collections.emptySet().equals(new HashSet<>()) + " " + Collections.emptySet().hashCode());
        attempt("emptyMap", () -> Collections.emptyMap() + " " + Collections.emptyMap().get("k") + " " + Collections.emptyMap().equals(new HashMap<>()));
        attempt("emptyMap put", () -> Collections.<String, Integer>emptyMap().put("k", 1));

        List<String> one = Collections.singletonList("solo");
        attempt("singletonList", () -> one + " " + one.get(0) + " " + one.contains("solo") + " " + one.equals(Arrays.asList("solo")));
        attempt("singletonList get(1)", () -> one.get(1));
        attempt("singletonList set", () -> one.set(0, "x"));
        Set<String> s1 = Collections.singleton("only");
        attempt("singleton", () -> s1 + " " + s1.size() + " " + s1.contains("only") + " " + s1.equals(new HashSet<>(Arrays.asList("only"))) + " " + (s1.hashCode() == "only".hashCode()));
        attempt("singleton remove", () -> s1.remove("only"));
        Map<String, Integer> m1 = Collections.singletonMap("k", 42);
        attempt("singletonMap", () -> m1 + " " + m1.get("k") + " " + m1.get("z") + " " + m1.containsValue(42) + " " + m1.keySet() + " " + m1.entrySet());
        attempt("singletonMap put", () -> m1.put("j", 1));
        attempt("singletonMap clear", () -> { m1.clear(); return "cleared"; });

        List<String> dashes = Collections.nCopies(4, "-");
        attempt("nCopies", () -> dashes + " " + dashes.size() + " " + dashes.indexOf("-") + " " + dashes.lastIndexOf("-") + " " + dashes.contains("+"));
        attempt("nCopies get(4)", () -> dashes.get(4));
        attempt("nCopies(-1)", () -> Collections.nCopies(-1, "x"));
        attempt("nCopies into ArrayList", () -> new ArrayList<>(Collections.nCopies(3, 0)));

        List<Integer> fixed = List.of(3, 1, 2);
        attempt("List.of", () -> fixed + " " + fixed.get(2) + " " + fixed.indexOf(1) + " " + fixed.equals(Arrays.asList(3, 1, 2)) + " " + fixed.hashCode() + " " + List.of());
        attempt("List.of add", () -> fixed.add(4));
        attempt("List.of set", () -> fixed.set(0, 4));
        attempt("List.of sort", () -> { fixed.sort(null); return "sorted"; });
        attempt("List.of clear", () -> { fixed.clear(); return "cleared"; });
        attempt("List.of contains(null)", () -> fixed.contains(null));
        attempt("List.of(null)", () -> List.of("a", null));
        attempt("List.of get(5)", () -> fixed.get(5));
        attempt("List.of(1, 2) get(2)", () -> List.of(1, 2).get(2));
        attempt("List.copyOf", () -> List.copyOf(backing) + " " + (List.copyOf(fixed) == fixed));
        attempt("List.of subList", () -> fixed.subList(1, 3));

        Set<String> colors = Set.of("red", "green", "blue");
        attempt("Set.of", () -> new TreeSet<>(colors) + " " + colors.size() + " " + colors.contains("red") + " " + colors.contains("pink")
            + " " + colors.equals(new HashSet<>(Arrays.asList("blue", "green", "red"))) + " " + (colors.hashCode() == new HashSet<>(colors).hashCode()));
        attempt("Set.of duplicate", () -> Set.of("a", "b", "a"));
        attempt("Set.of add", () -> colors.add("pink"));
        attempt("Set.of contains(null)", () -> colors.contains(null));
        attempt("Set.copyOf", () -> new TreeSet<>(Set.copyOf(Arrays.asList(3, 3, 1))));

        Map<String, Integer> ages = Map.of("ann", 31, "bob", 25, "cy", 40);
        attempt("Map.of", () -> new TreeMap<>(ages) + " " + ages.size() + " " + ages.get("bob") + " " + ages.get("zed") + " " + ages.containsKey("cy")
            + " " + ages.containsValue(40) + " " + ages.equals(new HashMap<>(ages)) + " " + (ages.hashCode() == new TreeMap<>(ages).hashCode()));
        attempt("Map.of duplicate key", () -> Map.of("a", 1, "a", 2));
        attempt("Map.of null value", () -> Map.of("a", null));
        attempt("Map.of put", () -> ages.put("dee", 1));
        attempt("Map.of get(null)", () -> ages.get(null));
        attempt("Map.of getOrDefault", () -> ages.getOrDefault("zed", -1));
        attempt("Map.of empty", () -> Map.of() + " " + Map.of().isEmpty());
        attempt("Map.entry", () -> Map.entry("k", 2) + " " + Map.entry("k", 2).equals(new AbstractMap.SimpleEntry<>("k", 2)));
        attempt("Map.ofEntries", () -> new TreeMap<>(Map.ofEntries(Map.entry("x", 1), Map.entry("y", 2))));
        attempt("Map.copyOf", () -> new TreeMap<>(Map.copyOf(map)));
        int total = 0;
        for (Map.Entry<String, Integer> e : ages.entrySet()) total += e.getValue();
        System.out.println("total age " + total);
    }
}
