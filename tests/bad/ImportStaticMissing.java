// error: java.lang.Math.square is not in Lime's library
import static java.lang.Math.square; // <-- error

public class ImportStaticMissing {
    public static void main(String[] args) {}
}
