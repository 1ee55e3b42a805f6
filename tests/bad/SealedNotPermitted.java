// error: class is not allowed to extend sealed class: Shape (as it is not listed in its permits clause)
sealed interface Shape permits Circle, Square { }
record Circle(double r) implements Shape { }
final class Square implements Shape { }
final class Triangle implements Shape { } // <-- error
public class SealedNotPermitted {
    public static void main(String[] args) { System.out.println(new Triangle()); }
}
