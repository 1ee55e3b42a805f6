public class SealedTypes {
    sealed interface Shape permits Circle, Rect, Poly { double area(); }
    record Circle(double r) implements Shape {
        public double area() { return 3.0 * r * r; }
    }
    record Rect(double w, double h) implements Shape {
        public double area() { return w * h; }
    }
    non-sealed interface Poly extends Shape { int sides(); }
    static final class Triangle implements Poly {
        public double area() { return 0.5; }
        public int sides() { return 3; }
    }

    // permits omitted: the subclasses in this file
    static sealed abstract class Vehicle {
        abstract int wheels();
        public String toString() { return getClass().getSimpleName() + "(" + wheels() + ")"; }
    }
    static final class Bike extends Vehicle { int wheels() { return 2; } }
    static sealed class Car extends Vehicle permits Van { int wheels() { return 4; } }
    static final class Van extends Car { int wheels() { return super.wheels() + 2; } }
    static non-sealed class Truck extends Vehicle { int wheels() { return 18; } }
    static class BigTruck extends Truck { int wheels() { return 22; } }

    static String describe(Shape s) {
        if (s instanceof Circle c) return "circle r=" + c.r();
        if (s instanceof Rect r && r.w() == r.h()) return "square " + r.w();
        if (s instanceof Rect r) return "rect " + r.w() + "x" + r.h();
        if (s instanceof Poly p) return "poly with " + p.sides() + " sides";
        return "unknown";
    }

    static int sealed(int permits) { return permits * 2; }   // contextual keywords as names

    public static void main(String[] args) {
        Shape[] shapes = { new Circle(1), new Rect(2, 3), new Rect(4, 4), new Triangle() };
        double total = 0;
        for (Shape s : shapes) {
            System.out.println(describe(s) + " area " + s.area());
            total += s.area();
        }
        System.out.println("total " + total);
        Vehicle[] vs = { new Bike(), new Car(), new Van(), new Truck(), new BigTruck() };
        int wheels = 0;
        for (Vehicle v : vs) {
            System.out.println(v + " " + (v instanceof Car) + " " + (v instanceof Truck));
            wheels += v.wheels();
        }
        System.out.println("wheels " + wheels);
        int sealed = 3, permits = 4;
        sealed += permits;
        int non = 10;
        System.out.println(sealed + " " + sealed(permits) + " " + (non-sealed) + " " + (non - -sealed));
        int record = 5, var = 6, yield = 7;
        System.out.println(record + var + yield);
    }
}
