// error: class, interface, enum, or record expected
public class ImportAfterClass {
    public static void main(String[] args) {}
}
import java.util.*; // <-- error
