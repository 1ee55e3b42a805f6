public class NullArray {
    static int[] data;
    public static void main(String[] args) {
        int[][] rows = new int[3][];
        rows[0] = new int[] { 1, 2 };
        System.out.println(rows[0].length);
        System.out.println(rows[1] == null);
        String s = null;
        System.out.println("s is " + s);
        System.out.println(data == null);
        System.out.println(rows[1].length);
        System.out.println("not reached");
    }
}
