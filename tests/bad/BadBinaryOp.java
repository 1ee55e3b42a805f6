// error: bad operand types for binary operator '+': boolean and int
public class BadBinaryOp {
    public static void main(String[] args) {
        boolean b = true;
        int x = b + 1; // <-- error
        System.out.println(x);
    }
}
