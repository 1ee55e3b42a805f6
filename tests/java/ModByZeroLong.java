public class ModByZeroLong {
    public static void main(String[] args) {
        long total = 0;
        for (long d = 5; d >= 0; d--) {
            total += 1000L % d;
            System.out.println("d=" + d + " total=" + total);
        }
        System.out.println("not reached");
    }
}
