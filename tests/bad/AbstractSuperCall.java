// error: abstract method f() in Base cannot be accessed directly
abstract class Base { abstract int f(); }
class Derived extends Base {
    int f() { return super.f(); } // <-- error
}
public class AbstractSuperCall {
    public static void main(String[] args) { System.out.println(new Derived().f()); }
}
