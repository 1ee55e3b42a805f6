// error: lambda expressions are not supported
public class UnsupportedLambda {
    public static void main(String[] args) {
        int f = () -> 42; // <-- error
        System.out.println(f);
    }
}
