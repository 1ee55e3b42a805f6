package geo;

public class Consts {
    public static final int SIDES = 4;
    public static double scale = 2.0;
    public static int counter;
    public static int square(int x) { counter++; return x * x; }
    public static double square(double x) { counter++; return x * x; }
    public static String describe() { return "Consts(" + SIDES + ", " + scale + ")"; }
    public static class Point {
        public int x, y;
        public Point(int x, int y) { this.x = x; this.y = y; }
        public int sum() { return x + y; }
    }
}
