public class StaticInit {
    static int a = 5;
    static int b = a * 2;
    static int counter;
    static int c = next();
    static int d = next();
    static String s = "s" + b;
    static int[] table = makeTable(5);
    static final int K = 100;
    static long big = (long) K * K * K * K;
    static double ratio = 1.0 / 3;
    static boolean flag;
    static char ch;
    static String nul;
    static double dz;
    static int e = StaticInit.f + 1;
    static int f = 10;
    static int fib[] = new int[10];
    static int x1 = 1, x2 = x1 + 1, x3 = x2 * 3;

    static int next() {
        counter++;
        System.out.println("next() called, counter=" + counter + " a=" + a + " d=" + d);
        return counter * 100;
    }

    static int[] makeTable(int n) {
        int[] t = new int[n];
        for (int i = 0; i < n; i++) t[i] = b + i;
        return t;
    }

    public static void main(String[] args) {
        System.out.println("main starts");
        System.out.println(a + " " + b + " " + c + " " + d + " " + counter);
        System.out.println(s);
        for (int v : table) System.out.print(v + " ");
        System.out.println();
        System.out.println(K + " " + big + " " + ratio);
        System.out.println(flag + " " + (int) ch + " " + nul + " " + dz);
        System.out.println("e=" + e + " f=" + f);
        fib[0] = 0;
        fib[1] = 1;
        for (int i = 2; i < fib.length; i++) fib[i] = fib[i - 1] + fib[i - 2];
        System.out.println(fib[9]);
        System.out.println(x1 + " " + x2 + " " + x3);
        a = 50;
        bump();
        bump();
        System.out.println(a + " " + counter);
        StaticInit.a = 7;
        System.out.println(StaticInit.a);
        System.out.println(Holder.value + " " + Holder.twice());
    }

    static void bump() { a++; counter += 10; }

    static class Holder {
        static int value = K + 1;
        static int twice() { return value * 2; }
    }
}
