public class ArrayCopyLengthNegative {
    public static void main(String[] args) {
        System.out.println("start");
        double[] a = new double[10];
        System.arraycopy(a, 0, a, 0, -1);
        System.out.println("not reached");
    }
}
