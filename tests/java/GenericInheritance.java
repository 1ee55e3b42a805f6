public class GenericInheritance {
    static abstract class Node<T> {
        abstract T value();
        String show() { return "[" + value() + "]"; }
    }
    static class Leaf extends Node<String> {
        final String s;
        Leaf(String s) { this.s = s; }
        String value() { return s; }
    }
    static class Holder<T> {
        protected T item;
        Holder(T item) { this.item = item; }
        T item() { return item; }
    }
    static class NamedHolder extends Holder<String> {
        NamedHolder(String s) { super(s); }
        int length() { return item.length() + item().length(); }
    }
    static class Chain<T> extends Holder<T> {
        final Chain<T> next;
        Chain(T item, Chain<T> next) { super(item); this.next = next; }
        int size() { return next == null ? 1 : 1 + next.size(); }
        T last() { return next == null ? item : next.last(); }
    }
    interface Visitor<R> { R visitLeaf(String s); R visitPair(Tree l, Tree r); }
    interface Tree { <R> R accept(Visitor<R> v); }
    static class L implements Tree {
        final String s; L(String s) { this.s = s; }
        public <R> R accept(Visitor<R> v) { return v.visitLeaf(s); }
    }
    static class P implements Tree {
        final Tree l, r; P(Tree l, Tree r) { this.l = l; this.r = r; }
        public <R> R accept(Visitor<R> v) { return v.visitPair(l, r); }
    }
    static class Printer implements Visitor<String> {
        public String visitLeaf(String s) { return s; }
        public String visitPair(Tree l, Tree r) { return "(" + l.accept(this) + " " + r.accept(this) + ")"; }
    }
    static class Depth implements Visitor<int[]> {
        public int[] visitLeaf(String s) { return new int[] { 1 }; }
        public int[] visitPair(Tree l, Tree r) {
            int a = l.accept(this)[0], b = r.accept(this)[0];
            return new int[] { 1 + Math.max(a, b) };
        }
    }
    public static void main(String[] args) {
        Node<String> n = new Leaf("leaf");
        System.out.println(n.show() + " " + n.value().length());
        NamedHolder h = new NamedHolder("abc");
        System.out.println(h.length() + " " + h.item().concat("!"));
        Chain<String> c = new Chain<>("a", new Chain<>("b", new Chain<String>("c", null)));
        System.out.println(c.size() + " " + c.last() + " " + c.next.item());
        Tree t = new P(new L("x"), new P(new L("y"), new L("z")));
        System.out.println(t.accept(new Printer()));
        System.out.println(t.accept(new Depth())[0]);
        Holder<Holder<String>> nested = new Holder<>(new Holder<>("deep"));
        System.out.println(nested.item().item().length());
        Holder raw = new Holder("raw");
        Object o = raw.item();
        System.out.println(o);
    }
}
