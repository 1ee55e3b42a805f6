// error: 'extends' is not supported
class Name extends String { } // <-- error

public class UnsupportedExtends {
    public static void main(String[] args) {
        System.out.println("name");
    }
}
