// error: java.util.StringJoiner is not in Lime's library
public class QualifiedNotInLibrary {
    public static void main(String[] args) {
        java.util.StringJoiner in = null; // <-- error
        int x = "javac rejects this";
    }
}
