public class ToStringDispatch {
    static class Point {
        final int x, y;
        Point(int x, int y) { this.x = x; this.y = y; }
        @Override public String toString() { return "(" + x + ", " + y + ")"; }
        @Override public boolean equals(Object o) {
            if (this == o) return true;
            if (!(o instanceof Point)) return false;
            Point p = (Point) o;
            return x == p.x && y == p.y;
        }
        @Override public int hashCode() { return 31 * x + y; }
    }
    static class Plain { int v = 3; }
    static class NullName { public String toString() { return null; } }
    public static void main(String[] args) {
        Point p = new Point(1, 2), q = new Point(1, 2), r = new Point(2, 1);
        System.out.println(p);
        System.out.println("p = " + p + ", q = " + q);
        System.out.println(String.valueOf(r));
        Object o = p;
        System.out.println(o);
        System.out.print(p);
        System.out.println();
        System.out.println(p.equals(q) + " " + p.equals(r) + " " + p.equals(null) + " " + p.equals("(1, 2)"));
        System.out.println(p.hashCode() + " " + o.hashCode() + " " + (p.hashCode() == q.hashCode()));
        System.out.println(o.equals(q) + " " + (p == q));
        Point n = null;
        System.out.println("null point: " + n);
        Object plain = new Plain();
        System.out.println(plain.equals(plain) + " " + plain.equals(new Plain()));
        System.out.println(plain.toString().startsWith("ToStringDispatch$Plain@"));
        System.out.println(new NullName() + "!");
        String s = "x" + p + r;
        System.out.println(s.length());
    }
}
