// error: no interface expected here
interface Thing { }
class Other extends Thing { } // <-- error
public class ExtendsInterface {
    public static void main(String[] args) { System.out.println("x"); }
}
