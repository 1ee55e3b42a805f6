public class ArrayBounds {
    public static void main(String[] args) {
        int[] a = new int[3];
        for (int i = 0; i < a.length; i++) {
            a[i] = i * i;
            System.out.println("a[" + i + "] = " + a[i]);
        }
        int sum = 0;
        for (int i = 0; i <= 5; i++) {
            System.out.println("reading index " + i);
            sum += a[i];
        }
        System.out.println("not reached " + sum);
    }
}
