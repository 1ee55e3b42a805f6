// error: String.join takes CharSequences, not ints
public class JoinNotStrings {
    public static void main(String[] args) {
        System.out.println(String.join(",", 1, 2)); // <-- error
    }
}
