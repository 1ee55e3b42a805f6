// error: incompatible types: int is not a functional interface
public class LambdaNotFunctional {
    public static void main(String[] args) {
        int f = () -> 42; // <-- error
        System.out.println(f);
    }
}
