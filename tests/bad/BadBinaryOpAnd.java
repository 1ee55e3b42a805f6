// error: bad operand types for binary operator '&&': int and int
public class BadBinaryOpAnd {
    public static void main(String[] args) {
        int a = 1, b = 2;
        if (a && b) { // <-- error
            System.out.println("both");
        }
    }
}
