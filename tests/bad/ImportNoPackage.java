// error: '.' expected
import ImportNoPackage; // <-- error

public class ImportNoPackage {
    public static void main(String[] args) {}
}
