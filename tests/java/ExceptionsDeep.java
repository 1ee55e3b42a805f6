public class ExceptionsDeep {
    static int finallies;
    static int level(int n) {
        try {
            if (n == 0) {
                int[] a = new int[1];
                return a[n + 1];
            }
            return level(n - 1) + 1;
        } finally {
            finallies++;
        }
    }
    static long fib(int n) throws Exception {
        if (n < 0) throw new Exception("negative " + n);
        return n < 2 ? n : fib(n - 1) + fib(n - 2);
    }
    public static void main(String[] args) throws Exception {
        try {
            System.out.println(level(50));
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("caught after " + finallies + " finally blocks: " + e.getMessage());
        }
        long sum = 0;
        int thrown = 0;
        for (int i = -20; i < 25; i++) {
            try {
                sum += fib(i % 23);
            } catch (Exception e) {
                thrown++;
                if (i == -1) System.out.println(e.getMessage());
            }
        }
        System.out.println(sum + " " + thrown);
        int count = 0;
        for (int i = 0; i < 100000; i++) {
            try {
                if (i % 7 == 0) throw new IllegalStateException("i=" + i);
                count += 1;
            } catch (IllegalStateException e) {
                count += 2;
            }
        }
        System.out.println(count);
        System.out.println(fib(-3));
    }
}
