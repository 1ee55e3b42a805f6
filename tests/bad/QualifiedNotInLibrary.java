// error: java.util.Random is not in Lime's library
public class QualifiedNotInLibrary {
    public static void main(String[] args) {
        java.util.Random in = null; // <-- error
        int x = "javac rejects this";
    }
}
