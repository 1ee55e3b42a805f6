import java.util.*;
import java.util.function.*;

public class GenericBridgesInner {
    static class Box<T> {
        T value;
        void put(T t) { value = t; System.out.println("Box.put " + t); }
        T get() { return value; }
    }
    static class StringBox extends Box<String> {
        @Override void put(String s) { value = s.toUpperCase(); System.out.println("StringBox.put " + s); }
        @Override String get() { return "[" + value + "]"; }
    }
    interface Left { default String who() { return "left"; } }
    interface Right { default String who() { return "right"; } }
    static class Both implements Left, Right {
        public String who() { return Left.super.who() + "+" + Right.super.who(); }
    }
    static class Animal { Animal self() { return this; } String name() { return "animal"; } static String kind() { return "A"; } }
    static class Dog extends Animal { @Override Dog self() { return this; } String name() { return "dog"; } static String kind() { return "D"; } void bark() { System.out.println("woof"); } }
    static class Outer<T> {
        T seed;
        Outer(T seed) { this.seed = seed; }
        class Inner { List<T> twice() { List<T> l = new ArrayList<>(); l.add(seed); l.add(seed); return l; } }
    }
    static <T extends Number> double total(List<T> xs) { double s = 0; for (T x : xs) s += x.doubleValue(); return s; }
    static class Node<T extends Comparable<T>> {
        T val; Node<T> left, right;
        Node(T v) { val = v; }
        void insert(T v) {
            if (v.compareTo(val) < 0) { if (left == null) left = new Node<>(v); else left.insert(v); }
            else { if (right == null) right = new Node<>(v); else right.insert(v); }
        }
        void walk(Consumer<T> f) { if (left != null) left.walk(f); f.accept(val); if (right != null) right.walk(f); }
    }
    enum Op implements IntBinaryOperator {
        ADD((a, b) -> a + b), MUL((a, b) -> a * b);
        private final IntBinaryOperator f;
        Op(IntBinaryOperator f) { this.f = f; }
        public int applyAsInt(int a, int b) { return f.applyAsInt(a, b); }
    }
    public static void main(String[] args) {
        Box<String> b = new StringBox();
        b.put("hi");
        System.out.println(b.get() + " " + b.value);
        Box<Integer> plain = new Box<>();
        plain.put(3);
        System.out.println(plain.get() + 1);
        System.out.println(new Both().who());
        Animal a = new Dog();
        System.out.println(a.self().name() + " " + Animal.kind() + " " + Dog.kind());
        new Dog().self().bark();
        Outer<String> o = new Outer<>("s");
        Outer<String>.Inner in = o.new Inner();
        System.out.println(in.twice());
        List<Integer> nums = new ArrayList<>(Arrays.asList(3, 4));
        List<Double> ds = new ArrayList<>(); ds.add(3.0); ds.add(4.0); System.out.println(total(ds));
        Node<String> root = new Node<>("m");
        for (String s : "q a z c m b".split(" ")) root.insert(s);
        StringBuilder sb = new StringBuilder();
        root.walk(sb::append);
        System.out.println(sb);
        for (Op op : Op.values()) System.out.println(op + " " + op.applyAsInt(6, 7));
        Left l = new Both();
        System.out.println(l.toString().startsWith("GenericBridgesInner$Both@") + " " + l.equals(l) + " " + (l.hashCode() == l.hashCode()));
    }
}
