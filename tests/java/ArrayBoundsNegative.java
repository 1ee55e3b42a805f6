public class ArrayBoundsNegative {
    public static void main(String[] args) {
        int[][] g = new int[2][4];
        g[1][3] = 7;
        System.out.println(g[1][3]);
        int k = 2;
        while (k >= -5) {
            k--;
            g[0][k + 1] = k;
            System.out.println("wrote " + k);
        }
        System.out.println("not reached");
    }
}
