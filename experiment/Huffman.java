import java.util.*;

public class Huffman {
    static abstract class Node implements Comparable<Node> {
        final int freq;
        final int order;
        Node(int freq, int order) { this.freq = freq; this.order = order; }
        public int compareTo(Node o) {
            int c = Integer.compare(freq, o.freq);
            return c != 0 ? c : Integer.compare(order, o.order);
        }
        abstract void codes(String prefix, Map<Character, String> out);
    }

    static final class Leaf extends Node {
        final char ch;
        Leaf(char ch, int freq, int order) { super(freq, order); this.ch = ch; }
        void codes(String prefix, Map<Character, String> out) { out.put(ch, prefix.isEmpty() ? "0" : prefix); }
    }

    static final class Internal extends Node {
        final Node left, right;
        Internal(Node l, Node r, int order) { super(l.freq + r.freq, order); left = l; right = r; }
        void codes(String prefix, Map<Character, String> out) {
            left.codes(prefix + '0', out);
            right.codes(prefix + '1', out);
        }
    }

    public static void main(String[] args) {
        String text = "this is an example for huffman encoding";
        Map<Character, Integer> freq = new TreeMap<>();
        for (char c : text.toCharArray()) freq.merge(c, 1, Integer::sum);
        PriorityQueue<Node> pq = new PriorityQueue<>();
        int order = 0;
        for (Map.Entry<Character, Integer> e : freq.entrySet()) pq.add(new Leaf(e.getKey(), e.getValue(), order++));
        while (pq.size() > 1) {
            Node a = pq.poll(), b = pq.poll();
            pq.add(new Internal(a, b, order++));
        }
        Node root = pq.poll();
        Map<Character, String> codes = new TreeMap<>();
        root.codes("", codes);
        System.out.println("SYMBOL\tWEIGHT\tCODE");
        for (Map.Entry<Character, String> e : codes.entrySet()) {
            System.out.println("'" + e.getKey() + "'\t" + freq.get(e.getKey()) + "\t" + e.getValue());
        }
        StringBuilder enc = new StringBuilder();
        for (char c : text.toCharArray()) enc.append(codes.get(c));
        System.out.println(enc.length() + " bits vs " + text.length() * 8);
        StringBuilder dec = new StringBuilder();
        Node cur = root;
        for (int i = 0; i < enc.length(); i++) {
            Internal in = (Internal) cur;
            cur = enc.charAt(i) == '0' ? in.left : in.right;
            if (cur instanceof Leaf leaf) {
                dec.append(leaf.ch);
                cur = root;
            }
        }
        System.out.println(dec.toString().equals(text) ? "round trip ok" : "round trip FAILED: " + dec);
        Object o = root;
        try {
            Leaf l = (Leaf) o;
            System.out.println(l.ch);
        } catch (ClassCastException e) {
            System.out.println("ClassCastException caught");
        }
    }
}
