public class Loops {
    public static void main(String[] args) {
        int i = 0;
        while (i < 5) {
            System.out.print(i + " ");
            i++;
        }
        System.out.println();
        int j = 10;
        do {
            System.out.print(j + " ");
            j -= 3;
        } while (j > 0);
        System.out.println();
        int k = 100;
        do System.out.println("do once " + k); while (k < 0);
        int n = 0;
        while (n < 100) {
            n++;
            if (n % 2 == 0) continue;
            if (n > 15) break;
            System.out.print(n + ",");
        }
        System.out.println(" n=" + n);
        int m = 0;
        while (true) {
            if (++m >= 7) break;
        }
        System.out.println("m=" + m);
        long p = 1;
        int steps = 0;
        do {
            p *= 3;
            steps++;
        } while (p < 1000000000000L);
        System.out.println(p + " after " + steps);
        int count = 0;
        do {
            count++;
            if (count == 3) continue;
            System.out.print("c" + count + " ");
        } while (count < 5);
        System.out.println();
        int x = 27, iter = 0;
        while (x != 1) { x = (x % 2 == 0) ? x / 2 : 3 * x + 1; iter++; }
        System.out.println("collatz 27 steps " + iter);
        int outer = 0;
        while (outer < 3) {
            int inner = 0;
            while (inner < outer) {
                System.out.print("(" + outer + "," + inner + ")");
                inner++;
            }
            outer++;
        }
        System.out.println();
        int w = 0;
        while (w < 0) w++;
        System.out.println("w=" + w);
        int digits = 0;
        int num = 123456789;
        do { digits++; num /= 10; } while (num != 0);
        System.out.println("digits " + digits);
    }
}
