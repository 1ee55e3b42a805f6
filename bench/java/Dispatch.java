/* dispatch: virtual and interface calls in a hot loop over a mixed array
 * of shapes (an abstract class with four subclasses, two interfaces), so
 * that no call site sees only one receiver class. */
public class Dispatch {
    interface Scalable { Shape scaled(int k); }
    interface Named { String kind(); }

    static abstract class Shape implements Scalable, Named {
        abstract long area();
        long perimeter() { return 0; }
        long weight() { return area() * 3 + perimeter(); }
    }

    static final class Square extends Shape {
        final int side;
        Square(int side) { this.side = side; }
        long area() { return (long) side * side; }
        long perimeter() { return 4L * side; }
        public Shape scaled(int k) { return new Square(side * k); }
        public String kind() { return "square"; }
    }

    static final class Rect extends Shape {
        final int w, h;
        Rect(int w, int h) { this.w = w; this.h = h; }
        long area() { return (long) w * h; }
        long perimeter() { return 2L * (w + h); }
        public Shape scaled(int k) { return new Rect(w * k, h); }
        public String kind() { return "rect"; }
    }

    static final class Tri extends Shape {
        final int b, h;
        Tri(int b, int h) { this.b = b; this.h = h; }
        long area() { return (long) b * h / 2; }
        public Shape scaled(int k) { return new Tri(b, h * k); }
        public String kind() { return "tri"; }
    }

    static class Circle extends Shape {
        final int r;
        Circle(int r) { this.r = r; }
        long area() { return 314L * r * r / 100; }
        long perimeter() { return 628L * r / 100; }
        public Shape scaled(int k) { return new Circle(r + k); }
        public String kind() { return "circle"; }
    }

    /* a subclass of a concrete class: its calls go through a longer chain */
    static final class Ring extends Circle {
        final int hole;
        Ring(int r, int hole) { super(r); this.hole = hole; }
        long area() { return super.area() - 314L * hole * hole / 100; }
        public Shape scaled(int k) { return new Ring(r + k, hole); }
        public String kind() { return "ring"; }
    }

    static Shape make(int i) {
        int v = 1 + i % 7;
        switch (i % 5) {
            case 0: return new Square(v);
            case 1: return new Rect(v, v + 2);
            case 2: return new Tri(v + 1, v + 3);
            case 3: return new Circle(v);
            default: return new Ring(v + 2, 1);
        }
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        Shape[] shapes = new Shape[10007];
        for (int i = 0; i < shapes.length; i++) shapes[i] = make(i * 31 + 7);
        long total = 0, kinds = 0;
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < shapes.length; i++) {
                Shape s = shapes[i];
                total += s.weight();
                Named n = s;
                kinds += n.kind().length();
            }
            /* every 16th round, replace a stripe of shapes by scaled copies */
            if (r % 16 == 0)
                for (int i = r % 7; i < shapes.length; i += 7) {
                    Scalable sc = shapes[i];
                    Shape t = sc.scaled(1 + r % 3);
                    shapes[i] = t.area() > 10000 ? make(i) : t;
                }
            if (r % 500 == 0) System.out.println("round " + r + ": total " + total + " kinds " + kinds);
        }
        int[] count = new int[5];
        String[] names = {"square", "rect", "tri", "circle", "ring"};
        for (Shape s : shapes)
            for (int k = 0; k < names.length; k++) if (s.kind().equals(names[k])) count[k]++;
        for (int k = 0; k < names.length; k++) System.out.println(names[k] + ": " + count[k]);
        System.out.println("total " + total + " kinds " + kinds);
    }
}
