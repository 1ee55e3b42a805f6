// error: package foo.bar does not exist
import foo.bar.Baz; // <-- error

public class ImportUnknownPackage {
    public static void main(String[] args) {}
}
