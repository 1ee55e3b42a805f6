// error: interface expected here
class Thing { }
class Other implements Thing { } // <-- error
public class ImplementsClass {
    public static void main(String[] args) { System.out.println("x"); }
}
