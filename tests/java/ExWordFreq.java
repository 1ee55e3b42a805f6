import java.util.*;

public class ExWordFreq {
    public static void main(String[] args) {
        Scanner sc = new Scanner(System.in);
        Map<String, Integer> freq = new HashMap<>();
        int lines = 0, words = 0;
        while (sc.hasNextLine()) {
            String line = sc.nextLine();
            lines++;
            for (String w : line.toLowerCase().split("[^a-z']+")) {
                if (w.isEmpty()) continue;
                words++;
                freq.put(w, freq.getOrDefault(w, 0) + 1);
            }
        }
        System.out.println("lines=" + lines + " words=" + words + " distinct=" + freq.size());
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(freq.entrySet());
        Collections.sort(entries, new Comparator<Map.Entry<String, Integer>>() {
            @Override
            public int compare(Map.Entry<String, Integer> a, Map.Entry<String, Integer> b) {
                if (!a.getValue().equals(b.getValue())) return b.getValue() - a.getValue();
                return a.getKey().compareTo(b.getKey());
            }
        });
        for (int i = 0; i < Math.min(10, entries.size()); i++) {
            Map.Entry<String, Integer> e = entries.get(i);
            System.out.printf("%2d. %-8s %3d %s%n", i + 1, e.getKey(), e.getValue(), "*".repeat(e.getValue()));
        }
        TreeMap<Integer, List<String>> byLength = new TreeMap<>();
        for (String w : freq.keySet()) byLength.computeIfAbsent(w.length(), k -> new ArrayList<>()).add(w);
        for (Map.Entry<Integer, List<String>> e : byLength.entrySet()) {
            List<String> ws = e.getValue();
            Collections.sort(ws);
            System.out.println(e.getKey() + ": " + ws.size() + " " + (ws.size() > 4 ? ws.subList(0, 4) + "..." : ws));
        }
        System.out.println("longest: " + byLength.lastEntry().getValue());
        System.out.println(freq.containsKey("the") + " " + freq.get("nonexistent"));
    }
}
