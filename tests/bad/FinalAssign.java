// error: cannot assign a value to final variable 'x'
public class FinalAssign {
    public static void main(String[] args) {
        final int x = 10;
        System.out.println(x);
        x = 11; // <-- error
    }
}
