public class NegativeArraySize {
    public static void main(String[] args) {
        for (int n = 3; n >= -3; n--) {
            int[] a = new int[n + 1];
            System.out.println("allocated length " + a.length);
        }
        System.out.println("not reached");
    }
}
