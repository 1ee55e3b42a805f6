public class ArrayCopyHugeIndex {
    public static void main(String[] args) {
        System.out.println("start");
        byte[] a = new byte[10];
        System.arraycopy(a, Integer.MAX_VALUE, a, 0, 1);
        System.out.println("not reached");
    }
}
