import java.util.ArrayList;
import java.util.List;

public class ExVisitor {
    interface ShapeVisitor<R> {
        R visitCircle(Circle c);
        R visitRect(Rect r);
        R visitGroup(Group g);
    }

    interface Shape {
        <R> R accept(ShapeVisitor<R> v);
    }

    static class Circle implements Shape {
        final double r;
        Circle(double r) { this.r = r; }
        public <R> R accept(ShapeVisitor<R> v) { return v.visitCircle(this); }
    }

    static class Rect implements Shape {
        final double w, h;
        Rect(double w, double h) { this.w = w; this.h = h; }
        public <R> R accept(ShapeVisitor<R> v) { return v.visitRect(this); }
    }

    static class Group implements Shape {
        final String name;
        final List<Shape> children = new ArrayList<>();
        Group(String name, Shape... shapes) {
            this.name = name;
            for (Shape s : shapes) children.add(s);
        }
        public <R> R accept(ShapeVisitor<R> v) { return v.visitGroup(this); }
    }

    static class AreaVisitor implements ShapeVisitor<Double> {
        public Double visitCircle(Circle c) { return Math.PI * c.r * c.r; }
        public Double visitRect(Rect r) { return r.w * r.h; }
        public Double visitGroup(Group g) {
            double sum = 0;
            for (Shape s : g.children) sum += s.accept(this);
            return sum;
        }
    }

    static class DescribeVisitor implements ShapeVisitor<String> {
        private int depth = 0;
        public String visitCircle(Circle c) { return "  ".repeat(depth) + "circle r=" + c.r + "\n"; }
        public String visitRect(Rect r) { return "  ".repeat(depth) + "rect " + r.w + "x" + r.h + "\n"; }
        public String visitGroup(Group g) {
            StringBuilder sb = new StringBuilder("  ".repeat(depth) + "group " + g.name + " {\n");
            depth++;
            for (Shape s : g.children) sb.append(s.accept(this));
            depth--;
            return sb.append("  ".repeat(depth)).append("}\n").toString();
        }
    }

    static class CountVisitor implements ShapeVisitor<int[]> {
        public int[] visitCircle(Circle c) { return new int[] { 1, 0 }; }
        public int[] visitRect(Rect r) { return new int[] { 0, 1 }; }
        public int[] visitGroup(Group g) {
            int[] total = new int[2];
            for (Shape s : g.children) {
                int[] c = s.accept(this);
                total[0] += c[0];
                total[1] += c[1];
            }
            return total;
        }
    }

    public static void main(String[] args) {
        Shape scene = new Group("scene",
            new Circle(1),
            new Rect(2, 3.5),
            new Group("wheels", new Circle(0.5), new Circle(0.5)),
            new Group("empty"));
        System.out.print(scene.accept(new DescribeVisitor()));
        double area = scene.accept(new AreaVisitor());
        System.out.printf("total area: %.4f%n", area);
        int[] counts = scene.accept(new CountVisitor());
        System.out.println("circles=" + counts[0] + " rects=" + counts[1]);
        ShapeVisitor<String> kind = new ShapeVisitor<>() {
            public String visitCircle(Circle c) { return "C"; }
            public String visitRect(Rect r) { return "R"; }
            public String visitGroup(Group g) {
                String s = "G[";
                for (Shape x : g.children) s += x.accept(this);
                return s + "]";
            }
        };
        System.out.println(scene.accept(kind));
        System.out.println(Math.PI + " " + Math.E + " " + (float) Math.PI + " " + Math.round(area) + " " + Math.floor(-area) + " " + Math.ceil(area) + " " + Math.hypot(3, 4));
    }
}
