// error: package java.util.concurrent is not in Lime's library
import java.util.concurrent.*; // <-- error

public class ImportPackageNotInLibrary {
    public static void main(String[] args) {
        int x = "javac rejects this";
    }
}
