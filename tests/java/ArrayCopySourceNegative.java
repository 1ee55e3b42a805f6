public class ArrayCopySourceNegative {
    public static void main(String[] args) {
        System.out.println("start");
        int[] a = new int[10];
        int[] b = new int[3];
        System.arraycopy(a, -1, b, -2, -3);
        System.out.println("not reached");
    }
}
