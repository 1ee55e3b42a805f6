// error: java.util.StringJoiner is not in Lime's library
import java.util.StringJoiner; // <-- error

public class ImportStringJoiner {
    public static void main(String[] args) {
        StringJoiner in = new StringJoiner(System.in);
        int n = in.nextInt() + "";   // (javac rejects this line)
    }
}
