// error: Math.multiplyHigh is Java's but not in Lime's library
import static java.lang.Math.multiplyHigh; // <-- error

public class ImportStaticNotInLibrary {
    public static void main(String[] args) {
        String s = multiplyHigh(1L, 2L);   // (javac rejects this line)
    }
}
