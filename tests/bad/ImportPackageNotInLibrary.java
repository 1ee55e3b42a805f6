// error: package java.sql is not in Lime's library
import java.sql.*; // <-- error

public class ImportPackageNotInLibrary {
    public static void main(String[] args) {
        int x = "javac rejects this";
    }
}
