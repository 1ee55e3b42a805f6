// error: enums are not supported
enum Color { RED, GREEN, RED } // <-- error

public class UnsupportedEnum {
    public static void main(String[] args) {
        System.out.println("colors");
    }
}
