// error: cannot find symbol: method 'compute(double,String)'
public class UndefinedMethodArgs {
    public static void main(String[] args) {
        double d = 1.5;
        compute(d, "x"); // <-- error
    }
}
