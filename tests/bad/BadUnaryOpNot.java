// error: bad operand type int for unary operator '!'
public class BadUnaryOpNot {
    public static void main(String[] args) {
        int n = 0;
        if (!n) { // <-- error
            System.out.println("zero");
        }
    }
}
