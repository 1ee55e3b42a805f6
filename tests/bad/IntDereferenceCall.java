// error: int cannot be dereferenced
public class IntDereferenceCall {
    public static void main(String[] args) {
        int[] a = { 1, 2 };
        System.out.println(a[0].length()); // <-- error
    }
}
