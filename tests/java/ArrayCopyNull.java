public class ArrayCopyNull {
    public static void main(String[] args) {
        System.out.println("start");
        int[] a = new int[3];
        long[] b = null;
        System.arraycopy(a, 0, b, -1, -1);
        System.out.println("not reached");
    }
}
