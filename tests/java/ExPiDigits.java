// Spigot algorithm for pi (Rabinowitz-Wagon), no BigInteger.
public class ExPiDigits {
    public static String piDigits(int n) {
        int len = n * 10 / 3 + 1;
        int[] a = new int[len];
        java.util.Arrays.fill(a, 2);
        StringBuilder out = new StringBuilder();
        int nines = 0, predigit = 0;
        boolean first = true;
        for (int j = 1; j <= n; j++) {
            int q = 0;
            for (int i = len; i > 0; i--) {
                int x = 10 * a[i - 1] + q * i;
                a[i - 1] = x % (2 * i - 1);
                q = x / (2 * i - 1);
            }
            a[0] = q % 10;
            q = q / 10;
            if (q == 9) {
                nines++;
            } else if (q == 10) {
                out.append(predigit + 1);
                for (int k = 0; k < nines; k++) out.append(0);
                predigit = 0;
                nines = 0;
            } else {
                if (!first) out.append(predigit);
                first = false;
                predigit = q;
                for (int k = 0; k < nines; k++) out.append(9);
                nines = 0;
            }
        }
        out.append(predigit);
        return out.toString();
    }

    public static void main(String[] args) {
        String digits = piDigits(300);
        for (int i = 0; i < digits.length(); i += 10) {
            String chunk = digits.substring(i, Math.min(i + 10, digits.length()));
            System.out.printf("%-10s\t:%d%n", chunk, Math.min(i + 10, digits.length()));
        }
        int[] hist = new int[10];
        for (char c : digits.toCharArray()) hist[c - '0']++;
        System.out.println(java.util.Arrays.toString(hist));
    }
}
