public class ExFannkuch {
    private static int[] result(int n) {
        int[] perm = new int[n], perm1 = new int[n], count = new int[n];
        int maxFlips = 0, checksum = 0, permCount = 0;
        for (int i = 0; i < n; i++) perm1[i] = i;
        int r = n;
        while (true) {
            while (r != 1) { count[r - 1] = r; r--; }
            System.arraycopy(perm1, 0, perm, 0, n);
            int flips = 0;
            int k;
            while ((k = perm[0]) != 0) {
                int k2 = (k + 1) >> 1;
                for (int i = 0; i < k2; i++) {
                    int t = perm[i]; perm[i] = perm[k - i]; perm[k - i] = t;
                }
                flips++;
            }
            maxFlips = Math.max(maxFlips, flips);
            checksum += (permCount % 2 == 0) ? flips : -flips;
            if (permCount < 5) {
                StringBuilder sb = new StringBuilder();
                for (int v : perm1) sb.append(v + 1);
                System.out.println("perm " + permCount + ": " + sb + " flips=" + flips);
            }
            while (true) {
                if (r == n) return new int[] { checksum, maxFlips, permCount + 1 };
                int perm0 = perm1[0];
                int i = 0;
                while (i < r) { int j = i + 1; perm1[i] = perm1[j]; i = j; }
                perm1[r] = perm0;
                count[r] = count[r] - 1;
                if (count[r] > 0) break;
                r++;
            }
            permCount++;
        }
    }

    public static void main(String[] args) {
        int n = 8;
        int[] res = result(n);
        System.out.println(res[0]);
        System.out.println("Pfannkuchen(" + n + ") = " + res[1]);
        System.out.println("permutations: " + res[2]);
    }
}
