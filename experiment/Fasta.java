import java.io.*;

public class Fasta {
    static final int LINE_LENGTH = 60;
    static final String ALU =
        "GGCCGGGCGCGGTGGCTCACGCCTGTAATCCCAGCACTTTGG"
      + "GAGGCCGAGGCGGGCGGATCACCTGAGGTCAGGAGTTCGAGA"
      + "CCAGCCTGGCCAACATGGTGAAACCCCGTCTCTACTAAAAAT"
      + "ACAAAAATTAGCCGGGCGTGGTGGCGCGCGCCTGTAATCCCA";

    static int last = 42;
    static final int IM = 139968, IA = 3877, IC = 29573;

    static double random(double max) {
        last = (last * IA + IC) % IM;
        return max * last / IM;
    }

    static class Frequency {
        char c;
        double p;
        Frequency(char c, double p) { this.c = c; this.p = p; }
    }

    static Frequency[] iub = {
        new Frequency('a', 0.27), new Frequency('c', 0.12), new Frequency('g', 0.12), new Frequency('t', 0.27),
        new Frequency('B', 0.02), new Frequency('D', 0.02), new Frequency('H', 0.02), new Frequency('K', 0.02),
        new Frequency('M', 0.02), new Frequency('N', 0.02), new Frequency('R', 0.02), new Frequency('S', 0.02),
        new Frequency('V', 0.02), new Frequency('W', 0.02), new Frequency('Y', 0.02),
    };

    static Frequency[] homoSapiens = {
        new Frequency('a', 0.3029549426680), new Frequency('c', 0.1979883004921),
        new Frequency('g', 0.1975473066391), new Frequency('t', 0.3015094502008),
    };

    static void makeCumulative(Frequency[] a) {
        double cp = 0.0;
        for (Frequency f : a) {
            cp += f.p;
            f.p = cp;
        }
    }

    static void repeatFasta(String id, String desc, String alu, int n, PrintStream out) {
        out.println(">" + id + " " + desc);
        StringBuilder sb = new StringBuilder();
        int k = 0;
        for (int i = 0; i < n; i++) {
            sb.append(alu.charAt(k));
            k = (k + 1) % alu.length();
            if (sb.length() == LINE_LENGTH) { out.println(sb); sb.setLength(0); }
        }
        if (sb.length() > 0) out.println(sb);
    }

    static char select(Frequency[] a) {
        double r = random(1.0);
        for (Frequency f : a) if (r < f.p) return f.c;
        return a[a.length - 1].c;
    }

    static void randomFasta(String id, String desc, Frequency[] a, int n, PrintStream out) {
        out.println(">" + id + " " + desc);
        char[] line = new char[LINE_LENGTH];
        int pos = 0;
        for (int i = 0; i < n; i++) {
            line[pos++] = select(a);
            if (pos == LINE_LENGTH) { out.println(new String(line)); pos = 0; }
        }
        if (pos > 0) out.println(new String(line, 0, pos));
    }

    public static void main(String[] args) throws IOException {
        int n = 250;
        makeCumulative(iub);
        makeCumulative(homoSapiens);
        PrintStream out = System.out;
        repeatFasta("ONE", "Homo sapiens alu", ALU, n * 2, out);
        randomFasta("TWO", "IUB ambiguity codes", iub, n * 3, out);
        randomFasta("THREE", "Homo sapiens frequency", homoSapiens, n * 5, out);
        out.flush();
    }
}
