import java.util.*;
public class LocalClasses {
    int base = 100;
    interface Shape { double area(); }
    List<Shape> shapes(double scale) {
        class Sq implements Shape {
            final double s;
            Sq(double s) { this.s = s; }
            public double area() { return s * s * scale + base; }
            Sq grow() { return new Sq(s + 1); }
            public String toString() { return "Sq" + s; }
        }
        List<Shape> l = new ArrayList<>();
        Sq a = new Sq(1);
        l.add(a); l.add(a.grow()); l.add(a.grow().grow());
        return l;
    }
    static int count(int[] xs, int limit) {
        final class Counter {
            int n;
            void see(int x) { if (x > limit) n++; }
        }
        Counter c = new Counter();
        for (int x : xs) c.see(x);
        return c.n;
    }
    public static void main(String[] args) {
        for (Shape s : new LocalClasses().shapes(2)) System.out.println(s + " " + s.area() + " " + s.getClass().getName());
        System.out.println(count(new int[] { 1, 5, 9, 12 }, 4));
        abstract class Animal { abstract String sound(); String speak() { return "says " + sound(); } }
        class Dog extends Animal { String sound() { return "woof"; } }
        System.out.println(new Dog().speak() + " " + new Dog().getClass().getSimpleName());
    }
}
