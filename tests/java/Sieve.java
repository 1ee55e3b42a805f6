public class Sieve {
    public static void main(String[] args) {
        int n = 1000000;
        boolean[] composite = new boolean[n + 1];
        for (int i = 2; (long) i * i <= n; i++)
            if (!composite[i])
                for (int j = i * i; j <= n; j += i) composite[j] = true;
        int count = 0;
        long sum = 0;
        int last = 0;
        for (int i = 2; i <= n; i++) {
            if (!composite[i]) { count++; sum += i; last = i; }
        }
        System.out.println("primes below " + n + ": " + count);
        System.out.println("sum " + sum);
        System.out.println("largest " + last);
        String first = "";
        int shown = 0;
        for (int i = 2; shown < 30; i++) if (!composite[i]) { first += i + " "; shown++; }
        System.out.println(first);
        int[] gaps = new int[200];
        int prev = 2;
        for (int i = 3; i <= n; i++) if (!composite[i]) { gaps[i - prev]++; prev = i; }
        for (int g = 0; g < 40; g++) if (gaps[g] > 0) System.out.println("gap " + g + ": " + gaps[g]);
        int twins = 0;
        for (int i = 3; i + 2 <= n; i++) if (!composite[i] && !composite[i + 2]) twins++;
        System.out.println("twin pairs " + twins);
    }
}
