// error: interface abstract methods cannot have body
interface Shape { int area() { return 0; } } // <-- error

public class InterfaceMethodBody {
    public static void main(String[] args) {
        System.out.println("shapes");
    }
}
