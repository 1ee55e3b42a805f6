// error: invalid permits clause
sealed class Base permits Left, Right { } // <-- error
final class Left extends Base { }
final class Right { }
public class SealedPermitsNonSubclass {
    public static void main(String[] args) { System.out.println(new Left()); }
}
