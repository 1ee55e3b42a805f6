// error: missing return statement
public class MissingReturnLoop {
    static int find(int[] a, int k) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] == k) return i;
        }
    } // <-- error

    public static void main(String[] args) {
        System.out.println(find(new int[] { 1 }, 1));
    }
}
