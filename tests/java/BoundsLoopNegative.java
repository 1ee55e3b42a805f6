// for (j = 1; j < a.length; j++) reading a[j - 2]: the first iteration
// reads index -1 and must throw Java's ArrayIndexOutOfBoundsException.
public class BoundsLoopNegative {
    public static void main(String[] args) {
        int[] a = {10, 20, 30, 40};
        int s = 0;
        for (int j = 1; j < a.length; j++) s += a[j - 1];
        System.out.println("ok " + s);
        for (int j = 1; j < a.length; j++) {
            System.out.println("j " + j);
            s += a[j - 2];
        }
        System.out.println("not reached " + s);
    }
}
