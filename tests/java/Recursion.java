public class Recursion {
    static int calls;
    static int fib(int n) { calls++; return n < 2 ? n : fib(n - 1) + fib(n - 2); }
    static long fact(int n) { return n <= 1 ? 1 : n * fact(n - 1); }
    static int ack(int m, int n) {
        if (m == 0) return n + 1;
        if (n == 0) return ack(m - 1, 1);
        return ack(m - 1, ack(m, n - 1));
    }
    static int moves;
    static void hanoi(int n, char from, char to, char via) {
        if (n == 0) return;
        hanoi(n - 1, from, via, to);
        moves++;
        if (n >= 3) System.out.println("move disk " + n + " from " + from + " to " + to);
        hanoi(n - 1, via, to, from);
    }
    static boolean isEven(int n) { return n == 0 ? true : isOdd(n - 1); }
    static boolean isOdd(int n) { return n == 0 ? false : isEven(n - 1); }
    static int depth(int n) { return n == 0 ? 0 : 1 + depth(n - 1); }
    static String binary(int n) { return n < 2 ? "" + n : binary(n / 2) + n % 2; }
    static int sumDigits(long n) { return n == 0 ? 0 : (int) (n % 10) + sumDigits(n / 10); }
    static long power(long b, int e) {
        if (e == 0) return 1;
        long h = power(b, e / 2);
        return e % 2 == 0 ? h * h : h * h * b;
    }
    static int count;
    static void permute(char[] a, int k) {
        if (k == a.length) {
            count++;
            if (count <= 6) System.out.println(a);
            return;
        }
        for (int i = k; i < a.length; i++) {
            char t = a[k]; a[k] = a[i]; a[i] = t;
            permute(a, k + 1);
            t = a[k]; a[k] = a[i]; a[i] = t;
        }
    }
    static int queens(int n, int row, int[] cols) {
        if (row == n) return 1;
        int total = 0;
        for (int c = 0; c < n; c++) {
            boolean ok = true;
            for (int r = 0; r < row; r++) {
                if (cols[r] == c || cols[r] - c == row - r || c - cols[r] == row - r) { ok = false; break; }
            }
            if (ok) { cols[row] = c; total += queens(n, row + 1, cols); }
        }
        return total;
    }
    public static void main(String[] args) {
        for (int i = 0; i <= 20; i += 4) System.out.println("fib(" + i + ") = " + fib(i));
        calls = 0;
        System.out.println(fib(25) + " calls " + calls);
        for (int i = 0; i <= 20; i += 5) System.out.println(i + "! = " + fact(i));
        System.out.println("21! wraps to " + fact(21));
        for (int m = 0; m <= 3; m++) System.out.println("ack(" + m + ",3) = " + ack(m, 3));
        System.out.println("ack(2,2) = " + ack(2, 2));
        hanoi(5, 'A', 'C', 'B');
        System.out.println("moves " + moves);
        System.out.println(isEven(1000) + " " + isOdd(777));
        System.out.println("depth " + depth(5000));
        System.out.println(binary(37) + " " + binary(1023));
        System.out.println(sumDigits(9876543210L));
        System.out.println(power(3, 39) + " " + power(2, 62));
        permute("abc".toCharArray(), 0);
        count = 0;
        permute("abcdef".toCharArray(), 0);
        System.out.println("perms " + count);
        for (int n = 4; n <= 8; n++) System.out.println(n + " queens: " + queens(n, 0, new int[n]));
    }
}
