// The classic: c ? anInteger : 0 has type int, so a null Integer is
// unboxed and throws NullPointerException (uncaught here).
public class BoxTernaryNpe {
    static Integer find(int[] a, int key) {
        for (int i = 0; i < a.length; i++)
            if (a[i] == key) return i;
        return null;
    }

    public static void main(String[] args) {
        int[] data = {4, 8, 15, 16, 23, 42};
        int[] keys = {15, 42, 7};
        for (int k : keys) {
            Integer pos = find(data, k);
            System.out.println("position of " + k + ": " + pos);
            Integer shown = k > 0 ? pos : 0;
            System.out.println("shown " + shown);
        }
    }
}
