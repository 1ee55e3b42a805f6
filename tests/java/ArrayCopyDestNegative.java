public class ArrayCopyDestNegative {
    public static void main(String[] args) {
        System.out.println("start");
        char[] a = new char[10];
        char[] b = new char[3];
        System.arraycopy(a, 0, b, -2, -3);
        System.out.println("not reached");
    }
}
