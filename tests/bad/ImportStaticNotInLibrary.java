// error: java.lang.Math.fma is not in Lime's library
import static java.lang.Math.fma; // <-- error

public class ImportStaticNotInLibrary {
    public static void main(String[] args) {
        String s = fma(1.0, 2.0, 3.0);   // (javac rejects this line)
    }
}
