// error: constructor Base in class Base cannot be applied to given types;
class Base { Base(int x) { } }
class Derived extends Base {
    Derived() { } // <-- error
}
public class SuperCtorArgs {
    public static void main(String[] args) { new Derived(); }
}
