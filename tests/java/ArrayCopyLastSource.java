public class ArrayCopyLastSource {
    public static void main(String[] args) {
        System.out.println("start");
        long[] a = new long[10];
        long[] b = new long[1];
        System.arraycopy(a, 5, b, 0, 6);
        System.out.println("not reached");
    }
}
