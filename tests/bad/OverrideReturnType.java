// error: size() in Derived cannot override size() in Base
class Base { int size() { return 1; } }
class Derived extends Base {
    long size() { return 2; } // <-- error
}
public class OverrideReturnType {
    public static void main(String[] args) { System.out.println(new Derived().size()); }
}
