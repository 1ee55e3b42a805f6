// error: cannot find symbol: class 'Foo'
public class UndefinedClass {
    public static void main(String[] args) {
        Foo f = null; // <-- error
        System.out.println("hi");
    }
}
