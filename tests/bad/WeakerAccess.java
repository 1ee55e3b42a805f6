// error: name() in Derived cannot override name() in Base
class Base { public String name() { return "base"; } }
class Derived extends Base {
    String name() { return "derived"; } // <-- error
}
public class WeakerAccess {
    public static void main(String[] args) { System.out.println(new Derived().name()); }
}
