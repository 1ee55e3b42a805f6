import java.util.*;
public class InitializersAndInterfaces {
    static int order = 0;
    static class First { static int v = ++order; static { System.out.println("First init " + v); } }
    static class Second { static int v = First.v + ++order; static { System.out.println("Second init " + v); } }
    interface Helper {
        private static int twice(int x) { return 2 * x; }
        static int quad(int x) { return twice(twice(x)); }
        private int base() { return 10; }
        default int plus(int x) { return base() + x; }
    }
    static abstract class Shape {
        final String name;
        Shape(String name) { this.name = name; describe(); }
        abstract double area();
        void describe() { System.out.println(name + " area " + area()); }
    }
    static class Sq extends Shape {
        double side = 2;
        Sq() { super("square"); }
        double area() { return side * side; }
    }
    int x;
    { x = 5; System.out.println("init block x=" + x); }
    InitializersAndInterfaces() { System.out.println("ctor x=" + x); }
    { x *= 2; System.out.println("second block x=" + x); }
    public static void main(String[] args) {
        System.out.println(Second.v + " " + First.v);
        System.out.println(Helper.quad(3) + " " + new Helper() { }.plus(1));
        new Sq().describe();
        Shape s = new Shape("anon") { double area() { return 7; } };
        s.describe();
        System.out.println(new InitializersAndInterfaces().x);
        @SuppressWarnings("unchecked")
        List<String>[] lists = new List[3];
        lists[0] = new ArrayList<>();
        lists[0].add("a");
        System.out.println(lists[0] + " " + lists.length + " " + lists[1]);
        Map<String, Integer>[] maps = new HashMap[1];
        maps[0] = new HashMap<>();
        maps[0].put("k", 1);
        System.out.println(maps[0]);
    }
}
