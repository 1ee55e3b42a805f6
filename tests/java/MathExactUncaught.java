public class MathExactUncaught {
    public static void main(String[] args) {
        long total = 0;
        for (int i = 1; i <= 4; i++) {
            total = Math.addExact(total, (long) i * i);
            System.out.println("total " + total);
        }
        int big = 1 << 20;
        System.out.println(Math.multiplyExact(big, 1 << 10));
        System.out.println(Math.multiplyExact(big, 1 << 12));
        System.out.println("not reached");
    }
}
