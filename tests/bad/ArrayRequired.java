// error: array required, but int found
public class ArrayRequired {
    public static void main(String[] args) {
        int a = 5;
        int b = a[0]; // <-- error
        System.out.println(b);
    }
}
