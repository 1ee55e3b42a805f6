public class ArrayCopyTypeMismatch {
    public static void main(String[] args) {
        System.out.println("start");
        boolean[] z = new boolean[3];
        double[] d = new double[3];
        System.arraycopy(z, 0, d, 0, -1);
        System.out.println("not reached");
    }
}
