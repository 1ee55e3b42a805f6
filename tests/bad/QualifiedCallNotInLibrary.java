// error: java.util.Optional is not in Lime's library
public class QualifiedCallNotInLibrary {
    public static void main(String[] args) {
        int[] a = {3, 1, 2};
        java.util.Optional.empty(); // <-- error
        int x = "javac rejects this";
    }
}
