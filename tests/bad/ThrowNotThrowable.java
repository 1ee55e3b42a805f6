// error: incompatible types: String cannot be converted to Throwable
public class ThrowNotThrowable {
    public static void main(String[] args) {
        throw "oops"; // <-- error
    }
}
