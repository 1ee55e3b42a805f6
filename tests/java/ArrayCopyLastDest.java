public class ArrayCopyLastDest {
    public static void main(String[] args) {
        System.out.println("start");
        int[] a = new int[10];
        System.arraycopy(a, 0, a, 2, 9);
        System.out.println("not reached");
    }
}
