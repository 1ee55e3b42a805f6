import java.util.ArrayList;
import java.util.List;

// Object.clone(): a shallow, field-by-field copy for Cloneable classes,
// CloneNotSupportedException for the others; covariant overrides, deep
// copies written by hand, subclasses that inherit Cloneable.
public class CloneObjects {
    static class Point implements Cloneable {
        int x, y;
        double w = 0.5;
        String label;
        Point(int x, int y, String label) { this.x = x; this.y = y; this.label = label; }
        @Override
        public Point clone() {
            try {
                return (Point) super.clone();
            } catch (CloneNotSupportedException e) {
                throw new AssertionError(e);
            }
        }
        public String toString() { return label + "(" + x + "," + y + "," + w + ")"; }
    }

    static class Point3 extends Point {
        long z;
        int[] tags = {1, 2, 3};
        Point3(int x, int y, long z) { super(x, y, "p3"); this.z = z; }
        @Override
        public Point3 clone() {
            Point3 c = (Point3) super.clone();
            c.tags = tags.clone();
            return c;
        }
        public String toString() { return super.toString() + "z" + z + "t" + tags[0]; }
    }

    static class Plain {
        int v = 7;
        Object copy() throws CloneNotSupportedException { return clone(); }
    }

    static class Shallow implements Cloneable {
        List<String> names = new ArrayList<>();
        Shallow copy() throws CloneNotSupportedException { return (Shallow) clone(); }
    }

    public static void main(String[] args) throws Exception {
        Point p = new Point(1, 2, "p");
        Point q = p.clone();
        q.x = 10;
        q.w = 1.5;
        System.out.println(p + " " + q + " " + (p != q) + " " + (p.label == q.label) + " " + (q.getClass() == Point.class));

        Point3 r = new Point3(3, 4, 5L);
        Point3 s = r.clone();
        s.tags[0] = 99;
        s.z = -1;
        System.out.println(r + " " + s + " " + s.getClass().getName());
        Point asPoint = r;
        Point t = asPoint.clone();
        System.out.println(t + " " + (t instanceof Point3));

        try {
            new Plain().copy();
            System.out.println("no exception");
        } catch (CloneNotSupportedException e) {
            System.out.println("caught " + e);
        }

        Shallow a = new Shallow();
        a.names.add("x");
        Shallow b = a.copy();
        b.names.add("y");
        System.out.println(a.names + " " + b.names + " " + (a.names == b.names));

        int[][] grid = {{1, 2}, {3, 4}};
        int[][] g2 = grid.clone();
        g2[0][0] = 100;
        g2[1] = new int[] {7};
        System.out.println(grid[0][0] + " " + grid[1].length + " " + g2[1].length);

        Object o = new Plain();
        System.out.println(o instanceof Cloneable);
        System.out.println(p instanceof Cloneable);
        Cloneable c = p;
        System.out.println(c == p);
    }
}
