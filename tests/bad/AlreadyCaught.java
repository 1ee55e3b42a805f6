// error: exception ArithmeticException has already been caught
public class AlreadyCaught {
    public static void main(String[] args) {
        try {
            System.out.println(1 / args.length);
        } catch (RuntimeException e) {
            System.out.println("runtime");
        } catch (ArithmeticException e) { // <-- error
            System.out.println("arith");
        }
    }
}
