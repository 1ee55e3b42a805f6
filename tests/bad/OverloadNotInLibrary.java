// error: Scanner.nextInt(int) is Java's but not in Lime's library
import java.util.Scanner;

/* Lime's Scanner has nextInt() but not Java's nextInt(int radix): a
 * missing overload of a library method is reported as missing from the
 * library, not as a call that no method suits. */
public class OverloadNotInLibrary {
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        int n = in.nextInt(16); // <-- error
        String s = n;   // (javac rejects this line)
    }
}
