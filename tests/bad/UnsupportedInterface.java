// error: interfaces are not supported
interface Shape { int area() { return 0; } } // <-- error

public class UnsupportedInterface {
    public static void main(String[] args) {
        System.out.println("shapes");
    }
}
