// error: a type with the same simple name Timer is already defined by the single-type-import of javax.swing.Timer
import javax.swing.Timer;
import java.util.Timer; // <-- error

public class ImportJdkClassTwice {
    public static void main(String[] args) {
    }
}
