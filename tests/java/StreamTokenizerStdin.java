import java.io.*;

/* The competitive-programming reader: StreamTokenizer over a
 * BufferedReader of System.in.  StreamTokenizerStdin.in holds a count
 * and that many integers, then lines of numbers, words and comments
 * read with significant line ends. */
public class StreamTokenizerStdin {
    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedReader(new InputStreamReader(System.in)));
        in.nextToken();
        int n = (int) in.nval;
        long sum = 0;
        int min = Integer.MAX_VALUE, max = Integer.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            in.nextToken();
            int v = (int) in.nval;
            sum += v;
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        System.out.println(n + " ints: sum " + sum + ", min " + min + ", max " + max + ", line " + in.lineno());

        in.eolIsSignificant(true);
        double lineSum = 0;
        int words = 0;
        StringBuilder text = new StringBuilder();
        int t;
        while ((t = in.nextToken()) != StreamTokenizer.TT_EOF) {
            if (t == StreamTokenizer.TT_NUMBER) lineSum += in.nval;
            else if (t == StreamTokenizer.TT_WORD) {
                words++;
                text.append(in.sval).append(' ');
            } else if (t == StreamTokenizer.TT_EOL) {
                System.out.println("line " + (in.lineno() - 1) + ": sum " + lineSum + ", words " + text);
                lineSum = 0;
                text.setLength(0);
            } else System.out.println("other " + in);
        }
        System.out.println(words + " words, " + in + ", sum " + lineSum);
    }
}
