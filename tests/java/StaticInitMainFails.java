public class StaticInitMainFails {
    static int[] table = build(3);
    static int[] build(int n) {
        int[] t = new int[n];
        for (int i = 0; i <= n; i++) t[i] = i * i;
        return t;
    }
    public static void main(String[] args) {
        System.out.println("never " + table.length);
    }
}
