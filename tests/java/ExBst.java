import java.util.*;
import java.util.function.Consumer;

public class ExBst<K extends Comparable<K>, V> implements Iterable<Map.Entry<K, V>> {
    private static final class Node<K, V> {
        K key;
        V val;
        Node<K, V> left, right;
        int size = 1;
        Node(K key, V val) { this.key = key; this.val = val; }
    }

    private Node<K, V> root;

    public int size() { return size(root); }
    private int size(Node<K, V> n) { return n == null ? 0 : n.size; }

    public void put(K key, V val) { root = put(root, key, val); }

    private Node<K, V> put(Node<K, V> n, K key, V val) {
        if (n == null) return new Node<>(key, val);
        int c = key.compareTo(n.key);
        if (c < 0) n.left = put(n.left, key, val);
        else if (c > 0) n.right = put(n.right, key, val);
        else n.val = val;
        n.size = 1 + size(n.left) + size(n.right);
        return n;
    }

    public V get(K key) {
        Node<K, V> n = root;
        while (n != null) {
            int c = key.compareTo(n.key);
            if (c == 0) return n.val;
            n = c < 0 ? n.left : n.right;
        }
        return null;
    }

    public void delete(K key) { root = delete(root, key); }

    private Node<K, V> delete(Node<K, V> n, K key) {
        if (n == null) return null;
        int c = key.compareTo(n.key);
        if (c < 0) n.left = delete(n.left, key);
        else if (c > 0) n.right = delete(n.right, key);
        else {
            if (n.left == null) return n.right;
            if (n.right == null) return n.left;
            Node<K, V> m = n.right;
            while (m.left != null) m = m.left;
            n.key = m.key;
            n.val = m.val;
            n.right = delete(n.right, m.key);
        }
        n.size = 1 + size(n.left) + size(n.right);
        return n;
    }

    public int height() { return height(root); }
    private int height(Node<K, V> n) { return n == null ? 0 : 1 + Math.max(height(n.left), height(n.right)); }

    private void inorder(Node<K, V> n, Consumer<Node<K, V>> f) {
        if (n == null) return;
        inorder(n.left, f);
        f.accept(n);
        inorder(n.right, f);
    }

    public Optional<K> floor(K key) {
        K best = null;
        Node<K, V> n = root;
        while (n != null) {
            int c = key.compareTo(n.key);
            if (c == 0) return Optional.of(n.key);
            if (c < 0) n = n.left;
            else { best = n.key; n = n.right; }
        }
        return Optional.ofNullable(best);
    }

    @Override
    public Iterator<Map.Entry<K, V>> iterator() {
        List<Map.Entry<K, V>> entries = new ArrayList<>();
        inorder(root, n -> entries.add(new AbstractMap.SimpleEntry<>(n.key, n.val)));
        return entries.iterator();
    }

    public static void main(String[] args) {
        ExBst<String, Integer> t = new ExBst<>();
        String[] words = "the quick brown fox jumps over the lazy dog and the cat".split(" ");
        for (int i = 0; i < words.length; i++) t.put(words[i], i);
        System.out.println("size=" + t.size() + " height=" + t.height());
        for (Map.Entry<String, Integer> e : t) System.out.print(e.getKey() + ":" + e.getValue() + " ");
        System.out.println();
        System.out.println(t.get("fox") + " " + t.get("wolf"));
        System.out.println(t.floor("elephant") + " " + t.floor("aardvark") + " " + t.floor("zebra").orElse("none"));
        t.delete("quick");
        t.delete("the");
        t.delete("missing");
        StringJoiner sj = new StringJoiner(", ", "{", "}");
        for (Map.Entry<String, Integer> e : t) sj.add(e.toString());
        System.out.println(sj + " size=" + t.size());
        ExBst<Integer, Integer> nums = new ExBst<>();
        Random r = new Random(99);
        for (int i = 0; i < 1000; i++) nums.put(r.nextInt(5000), i);
        System.out.println("random tree size=" + nums.size() + " height=" + nums.height() + " floor(2500)=" + nums.floor(2500).get());
    }
}
