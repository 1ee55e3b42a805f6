import java.util.*;

public class GenInheritedMember {
    static class Base<K, V> {
        static class Node<K, V> {
            final K key;
            V val;
            Node(K k, V v) { key = k; val = v; }
        }
        class Inner {
            int id = 7;
        }
        interface Visitor { void visit(String s); }
        List<Node<K, V>> nodes = new ArrayList<>();
        void add(K k, V v) { nodes.add(new Node<>(k, v)); }
    }

    static class Derived extends Base<String, Integer> {
        Node<String, Integer> firstNode() { return nodes.get(0); }
        Node<String, Integer> make(String k) { return new Node<>(k, k.length()); }
        int innerId() { return new Inner().id; }
        void walk(Visitor v) { for (Node<String, Integer> n : nodes) v.visit(n.key + n.val); }
    }

    static class MyMap extends AbstractMap<String, Integer> implements Map<String, Integer> {
        private final List<Entry<String, Integer>> list = new ArrayList<>();
        public Set<Entry<String, Integer>> entrySet() {
            return new AbstractSet<Entry<String, Integer>>() {
                public Iterator<Entry<String, Integer>> iterator() { return list.iterator(); }
                public int size() { return list.size(); }
            };
        }
        public Integer put(String k, Integer v) {
            list.add(new SimpleEntry<>(k, v));
            return null;
        }
        Entry<String, Integer> last() { return list.get(list.size() - 1); }
    }

    static class Pairs implements Map.Entry<String, String> {
        public String getKey() { return "k"; }
        public String getValue() { return "v"; }
        public String setValue(String v) { return v; }
    }

    public static void main(String[] args) {
        Derived d = new Derived();
        d.add("one", 1);
        d.add("three", 3);
        System.out.println(d.firstNode().key + " " + d.firstNode().val);
        System.out.println(d.make("four").val);
        System.out.println(d.innerId());
        d.walk(s -> System.out.println("visit " + s));
        MyMap m = new MyMap();
        m.put("a", 1);
        m.put("b", 2);
        System.out.println(m + " " + m.get("b") + " " + m.size());
        System.out.println(m.last().getKey() + m.last().getValue());
        Pairs p = new Pairs();
        System.out.println(p.getKey() + p.getValue());
    }
}
