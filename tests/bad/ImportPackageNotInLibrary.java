// error: package java.time is not in Lime's library
import java.time.*; // <-- error

public class ImportPackageNotInLibrary {
    public static void main(String[] args) {
        int x = "javac rejects this";
    }
}
