// error: exception Oops is never thrown in body of corresponding try statement
public class NeverThrown {
    static class Oops extends Exception { }
    public static void main(String[] args) {
        try {
            System.out.println("safe");
        } catch (Oops e) { // <-- error
            System.out.println("never");
        }
    }
}
