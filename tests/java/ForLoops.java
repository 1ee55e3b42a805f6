public class ForLoops {
    public static void main(String[] args) {
        for (int i = 0; i < 5; i++) System.out.print(i);
        System.out.println();
        for (int i = 0, j = 10; i < j; i += 2, j -= 1) System.out.print("[" + i + "," + j + "]");
        System.out.println();
        int a, b;
        for (a = 0, b = 1; a < 40; a = a + b, b = a - b) System.out.print(a + " ");
        System.out.println();
        int k = 0;
        for (; k < 3; ) k++;
        System.out.println("k=" + k);
        int cnt = 0;
        for (;;) {
            if (++cnt == 4) break;
        }
        System.out.println("cnt=" + cnt);
        for (int i = 10; i > 0; i /= 2) System.out.print(i + " ");
        System.out.println();
        long sum = 0;
        for (long x = 1; x <= 100000; x++) sum += x;
        System.out.println(sum);
        for (char c = 'a'; c <= 'z'; c += 5) System.out.print(c);
        System.out.println();
        for (double d = 0; d < 1; d += 0.25) System.out.print(d + " ");
        System.out.println();
        for (int i = 0; i < 4; i++) {
            if (i == 1) continue;
            for (int j = 0; j < 4; j++) {
                if (j > i) break;
                System.out.print(i * j + " ");
            }
        }
        System.out.println();
        int i2 = 0;
        for (System.out.println("init"); i2 < 2; System.out.println("update " + i2)) i2++;
        for (int i = 0; i < 0; i++) System.out.println("never");
        int prod = 1;
        for (int i = 1; i <= 12; i++) prod *= i;
        System.out.println("12! = " + prod);
        int ovf = 1;
        for (int i = 1; i <= 13; i++) ovf *= i;
        System.out.println("13! (int) = " + ovf);
        byte bb = 0;
        int iterations = 0;
        for (bb = 120; bb > 0; bb++) iterations++;
        System.out.println("byte loop " + iterations + " ends at " + bb);
        for (int i = 0, n = 3; i < n; i++) {
            for (int j = i; j < n; j++) System.out.print("*");
            System.out.println();
        }
    }
}
