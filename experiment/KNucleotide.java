import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.*;
import java.util.Map.Entry;

public class KNucleotide {
    static Map<String, Integer> countFragments(String seq, int len) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i + len <= seq.length(); i++) {
            String frag = seq.substring(i, i + len);
            counts.merge(frag, 1, Integer::sum);
        }
        return counts;
    }

    static void printFrequencies(String seq, int len) {
        Map<String, Integer> counts = countFragments(seq, len);
        List<Entry<String, Integer>> list = new ArrayList<>(counts.entrySet());
        list.sort((a, b) -> {
            int c = b.getValue().compareTo(a.getValue());
            return c != 0 ? c : a.getKey().compareTo(b.getKey());
        });
        int total = seq.length() - len + 1;
        for (Entry<String, Integer> e : list) {
            System.out.printf("%s %.3f%n", e.getKey(), 100.0 * e.getValue() / total);
        }
        System.out.println();
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        String line;
        while ((line = in.readLine()) != null) {
            if (line.startsWith(">THREE")) break;
        }
        StringBuilder sb = new StringBuilder();
        while ((line = in.readLine()) != null) {
            if (line.startsWith(">")) break;
            sb.append(line.trim());
        }
        String seq = sb.toString().toUpperCase();
        System.out.println("sequence length " + seq.length());
        printFrequencies(seq, 1);
        printFrequencies(seq, 2);
        String[] probes = { "GGT", "GGTA", "GGTATT", "GGTATTTTAATT", "GGTATTTTAATTTATAGT" };
        for (String p : probes) {
            Integer c = countFragments(seq, p.length()).get(p);
            System.out.println((c == null ? 0 : c) + "\t" + p);
        }
    }
}
