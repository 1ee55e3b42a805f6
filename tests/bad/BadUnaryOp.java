// error: bad operand type boolean for unary operator '-'
public class BadUnaryOp {
    public static void main(String[] args) {
        boolean b = false;
        System.out.println(-b); // <-- error
    }
}
