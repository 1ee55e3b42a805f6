// error: java.util.Scanner is not in Lime's library
public class QualifiedNotInLibrary {
    public static void main(String[] args) {
        java.util.Scanner in = null; // <-- error
        int x = "javac rejects this";
    }
}
