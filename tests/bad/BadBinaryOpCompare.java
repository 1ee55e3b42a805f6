// error: bad operand types for binary operator '<': boolean and boolean
public class BadBinaryOpCompare {
    public static void main(String[] args) {
        boolean p = true, q = false;
        System.out.println(p < q); // <-- error
    }
}
