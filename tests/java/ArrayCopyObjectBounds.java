public class ArrayCopyObjectBounds {
    public static void main(String[] args) {
        System.out.println("start");
        String[] s = new String[10];
        int[][] m = new int[4][];
        System.arraycopy(m, 0, m, 1, 3);
        System.out.println("ok");
        System.arraycopy(s, 0, s, 5, 6);
        System.out.println("not reached");
    }
}
