public class ArrayCopyPrimToRef {
    public static void main(String[] args) {
        System.out.println("start");
        int[] a = new int[3];
        String[] s = new String[3];
        System.arraycopy(a, 0, s, 0, 1);
        System.out.println("not reached");
    }
}
