public class ArrayCopyRefToPrim {
    public static void main(String[] args) {
        System.out.println("start");
        float[] f = new float[3];
        int[][] m = new int[3][];
        System.arraycopy(m, 0, f, 0, 1);
        System.out.println("not reached");
    }
}
