// error: Shape is abstract; cannot be instantiated
abstract class Shape { abstract double area(); }
public class AbstractInstantiation {
    public static void main(String[] args) {
        Shape s = new Shape(); // <-- error
        System.out.println(s.area());
    }
}
