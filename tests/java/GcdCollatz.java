public class GcdCollatz {
    static int gcd(int a, int b) {
        while (b != 0) { int t = a % b; a = b; b = t; }
        return a < 0 ? -a : a;
    }
    static long gcdRec(long a, long b) { return b == 0 ? a : gcdRec(b, a % b); }
    static long lcm(long a, long b) { return a / gcdRec(a, b) * b; }
    static int collatzLen(long n) {
        int steps = 0;
        while (n != 1) {
            n = (n & 1) == 0 ? n >> 1 : 3 * n + 1;
            steps++;
        }
        return steps;
    }
    static int[] extGcd(int a, int b) {
        if (b == 0) return new int[] { a, 1, 0 };
        int[] r = extGcd(b, a % b);
        return new int[] { r[0], r[2], r[1] - (a / b) * r[2] };
    }
    public static void main(String[] args) {
        int[][] pairs = { { 48, 18 }, { 17, 5 }, { 0, 9 }, { 9, 0 }, { -12, 8 }, { 1071, 462 }, { 2147483646, 1073741823 } };
        for (int[] p : pairs) System.out.println("gcd(" + p[0] + "," + p[1] + ") = " + gcd(p[0], p[1]));
        System.out.println(gcdRec(1234567890123456L, 9876543210L));
        long l = 1;
        for (int i = 1; i <= 40; i++) l = lcm(l, i);
        System.out.println("lcm(1..40) = " + l);
        for (int i = 1; i <= 10; i++) System.out.print(collatzLen(i) + " ");
        System.out.println();
        int best = 1, bestLen = 0;
        for (int i = 1; i < 300000; i++) {
            int len = collatzLen(i);
            if (len > bestLen) { bestLen = len; best = i; }
        }
        System.out.println("longest below 300000: " + best + " with " + bestLen + " steps");
        long n = 27;
        String path = "";
        int shown = 0;
        while (n != 1 && shown < 20) { path += n + " "; n = n % 2 == 0 ? n / 2 : 3 * n + 1; shown++; }
        System.out.println(path);
        int[] e = extGcd(240, 46);
        System.out.println(e[0] + " = 240*" + e[1] + " + 46*" + e[2] + " -> " + (240 * e[1] + 46 * e[2]));
        int coprime = 0;
        for (int i = 1; i <= 100; i++) for (int j = 1; j <= 100; j++) if (gcd(i, j) == 1) coprime++;
        System.out.println("coprime pairs " + coprime);
    }
}
