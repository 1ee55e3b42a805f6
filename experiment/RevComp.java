import java.io.*;
import java.util.ArrayList;
import java.util.List;

public class RevComp {
    private static final char[] COMPLEMENT = new char[128];

    static {
        String from = "ACGTUMRWSYKVHDBN";
        String to   = "TGCAAKYWSRMBDHVN";
        for (int i = 0; i < COMPLEMENT.length; i++) COMPLEMENT[i] = (char) i;
        for (int i = 0; i < from.length(); i++) {
            COMPLEMENT[from.charAt(i)] = to.charAt(i);
            COMPLEMENT[Character.toLowerCase(from.charAt(i))] = to.charAt(i);
        }
    }

    static void flush(String header, StringBuilder seq, PrintStream out) {
        if (header == null) return;
        out.println(header);
        seq.reverse();
        for (int i = 0; i < seq.length(); i++) seq.setCharAt(i, COMPLEMENT[seq.charAt(i)]);
        for (int i = 0; i < seq.length(); i += 60) {
            out.println(seq.substring(i, Math.min(seq.length(), i + 60)));
        }
    }

    public static void main(String[] args) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(System.in));
        List<String> headers = new ArrayList<>();
        String header = null;
        StringBuilder seq = new StringBuilder();
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.startsWith(">")) {
                flush(header, seq, System.out);
                header = line;
                headers.add(line);
                seq.setLength(0);
            } else {
                seq.append(line);
            }
        }
        flush(header, seq, System.out);
        System.err.println("sequences: " + headers.size());
    }
}
