// error: cannot inherit from final String
class Name extends String { } // <-- error

public class ExtendsFinalString {
    public static void main(String[] args) {
        System.out.println("name");
    }
}
