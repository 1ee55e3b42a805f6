import java.util.*;

public class GenCondLub {
    static class Node<K, V> {
        K key;
        V val;
        Node<K, V> next;
        Node(K k, V v) { key = k; val = v; }
        public String toString() { return key + "=" + val; }
    }

    static class Table<K, V> {
        Node<K, V> head;
        Object find(K k, V dflt, boolean wantNode) {
            Node<K, V> n = head;
            while (n != null && !n.key.equals(k)) n = n.next;
            return n == null ? dflt : wantNode ? n : n.val;
        }
    }

    static <T> Object either(boolean b, T t, String s) { return b ? t : s; }

    static <T extends Number> double num(boolean b, T t, Integer i) {
        Number n = b ? t : i;
        return n.doubleValue();
    }

    public static void main(String[] args) {
        Table<String, Integer> t = new Table<>();
        t.head = new Node<>("a", 1);
        t.head.next = new Node<>("b", 2);
        System.out.println(t.find("a", -1, true));
        System.out.println(t.find("b", -1, false));
        System.out.println(t.find("c", -1, true));
        System.out.println(either(true, 5, "s") + " " + either(false, 5, "s"));
        System.out.println(num(true, 2.5, 3) + " " + num(false, 2.5, 3));
        List<Integer> li = new ArrayList<>(List.of(1));
        Set<Integer> si = new TreeSet<>(List.of(2));
        Collection<Integer> ci = args.length > 0 ? li : si;
        System.out.println(ci);
        Object o = args.length == 0 ? li : "str";
        System.out.println(o);
        StringBuilder sb = new StringBuilder("sb");
        CharSequence cs = args.length == 0 ? sb : "str";
        System.out.println(cs.length() + " " + cs);
    }
}
