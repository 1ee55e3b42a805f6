abstract class Shape {
    private static int count;
    protected final int id;
    Shape() { id = ++count; }
    abstract double area();
    abstract String name();
    double perimeter() { return 0; }
    public String toString() { return name() + "#" + id + " area=" + area() + " perimeter=" + perimeter(); }
}
class Rect extends Shape {
    final double w, h;
    Rect(double w, double h) { this.w = w; this.h = h; }
    double area() { return w * h; }
    String name() { return "Rect"; }
    double perimeter() { return 2 * (w + h); }
}
class Square extends Rect {
    Square(double s) { super(s, s); }
    String name() { return "Square"; }
}
class Circle extends Shape {
    final double r;
    Circle(double r) { this.r = r; }
    double area() { return Math.PI * r * r; }
    String name() { return "Circle"; }
}
abstract class Named extends Shape {
    String name() { return "Named"; }
}
class Dot extends Named {
    double area() { return 0.0; }
}
public class AbstractShapes {
    static double total(Shape[] shapes) {
        double t = 0;
        for (Shape s : shapes) t += s.area();
        return t;
    }
    public static void main(String[] args) {
        Shape[] shapes = { new Rect(2, 3), new Square(4), new Circle(1.5), new Dot() };
        for (Shape s : shapes) System.out.println(s);
        System.out.println("total " + total(shapes));
        Rect r = new Square(2);
        System.out.println(r.name() + " " + r.area() + " " + (r instanceof Square) + " " + (r instanceof Rect));
    }
}
