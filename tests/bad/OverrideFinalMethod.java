// error: id() in Derived cannot override id() in Base
class Base { final int id() { return 1; } }
class Derived extends Base {
    int id() { return 2; } // <-- error
}
public class OverrideFinalMethod {
    public static void main(String[] args) { System.out.println(new Derived().id()); }
}
