// error: java.sql.Connection is Java's but not in Lime's library
import java.sql.*;

public class ImportPackageNotInLibrary {
    public static void main(String[] args) {
        Connection c = null; // <-- error: the package is Java's, so the import alone is no error
        int x = "javac rejects this";
    }
}
