// Fannkuch-redux (Computer Language Benchmarks Game): for every permutation
// of 0..n-1, count the prefix reversals ("pancake flips") needed until 0 is
// in front; report the maximum and a checksum that adds the counts of
// even-numbered permutations and subtracts those of odd-numbered ones.
// Permutations are enumerated in factorial-number order: digit count[i]
// (0..i) says how often the prefix p[0..i] has been rotated left by one.
// Single-threaded plain Java within Lime's L1 subset.
// Usage: Fannkuch [n]   (default 11)

public class Fannkuch {
    public static void main(String[] args) {
        int n = 11;
        if (args.length > 0) n = Integer.parseInt(args[0]);
        int[] p = new int[n];
        int[] q = new int[n];
        int[] count = new int[n];
        for (int i = 0; i < n; i++) p[i] = i;
        int checksum = 0;
        int maxFlips = 0;
        int index = 0;
        while (true) {
            // count the flips of the current permutation p
            int first = p[0];
            if (first != 0) {
                for (int i = 1; i < n; i++) q[i] = p[i];
                int flips = 0;
                while (first != 0) {
                    // reverse q[0..first]; q[0] is implicitly 'first'
                    int next = q[first];
                    q[first] = first;
                    int lo = 1, hi = first - 1;
                    while (lo < hi) {
                        int t = q[lo];
                        q[lo] = q[hi];
                        q[hi] = t;
                        lo++;
                        hi--;
                    }
                    first = next;
                    flips++;
                }
                if (flips > maxFlips) maxFlips = flips;
                if ((index & 1) == 0) checksum += flips;
                else checksum -= flips;
            }
            // next permutation: increment the factorial-base counter
            int i = 1;
            while (true) {
                if (i >= n) {
                    System.out.println(checksum);
                    System.out.println("Pfannkuchen(" + n + ") = " + maxFlips);
                    return;
                }
                int p0 = p[0];
                for (int j = 0; j < i; j++) p[j] = p[j + 1];
                p[i] = p0;
                count[i]++;
                if (count[i] <= i) break;
                count[i] = 0;
                i++;
            }
            index++;
        }
    }
}
