// Boxing with bounded generics, generic interfaces, user Comparable
// classes, recursion, assignment expressions, var and a boxed loop counter.
class NumBox<T extends Number> {
    T v;
    NumBox(T v) { this.v = v; }
    double d() { return v.doubleValue() * 2; }
}
interface Mapper<A, B> { B apply(A a); }
class Square implements Mapper<Integer, Integer> {
    public Integer apply(Integer a) { return a * a; }
}
class Point implements Comparable<Point> {
    int x;
    Point(int x) { this.x = x; }
    public int compareTo(Point o) { return Integer.compare(x, o.x); }
}
public class BoxMisc {
    static int fact(Integer n) { return n <= 1 ? 1 : n * fact(n - 1); }
    static <T extends Comparable<T>> T max(T a, T b) { return a.compareTo(b) > 0 ? a : b; }
    static <A, B> B applyTwice(Mapper<A, B> m, A a) { return m.apply(a); }
    public static void main(String[] args) {
        System.out.println(new NumBox<>(5).d() + " " + new NumBox<Double>(1.25).d());
        System.out.println(fact(10));
        Integer i;
        int y = (i = 5);
        Integer z;
        int x;
        z = (x = 7);
        System.out.println(y + " " + i + " " + z + " " + x);
        Mapper<Integer, Integer> sq = new Square();
        int r = sq.apply(12);
        System.out.println(r + " " + applyTwice(sq, 3));
        System.out.println(max(new Point(3), new Point(9)).x + " " + max(4, 2) + " " + max('a', 'b'));
        Comparable<Point> c = new Point(1);
        System.out.println(c.compareTo(new Point(0)));
        Long l = 5L;
        System.out.println(l == 5);
        System.out.println((Object) 5L);
        var v = Integer.valueOf(41);
        v++;
        System.out.println(v);
        long sum = 0;
        for (Integer k = 0; k < 100000; k++) sum += k;
        System.out.println(sum);
        Object[] os = new Object[3];
        os[0] = 1; os[1] = 2.5f; os[2] = 'z';
        for (Object o : os) System.out.print(o + ";");
        System.out.println();
        Integer big = 1000;
        big = big + big;
        System.out.println(big.equals(2000) + " " + big.hashCode() + " " + big.compareTo(1999));
    }
}
