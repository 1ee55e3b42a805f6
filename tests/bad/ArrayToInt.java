// error: incompatible types: int[] cannot be converted to int
public class ArrayToInt {
    public static void main(String[] args) {
        int[] a = { 1, 2, 3 };
        int first = a; // <-- error
        System.out.println(first);
    }
}
