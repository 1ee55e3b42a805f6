// error: variable 'RED' is already defined in enum 'Color'
enum Color { RED, GREEN, RED } // <-- error

public class DuplicateEnumConstant {
    public static void main(String[] args) {
        System.out.println("colors");
    }
}
