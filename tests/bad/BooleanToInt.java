// error: incompatible types: boolean cannot be converted to int
public class BooleanToInt {
    public static void main(String[] args) {
        int a = 3;
        int b = a > 2; // <-- error
        System.out.println(b);
    }
}
