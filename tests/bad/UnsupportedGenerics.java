// error: generic types are not supported
class Box<T> { T value = 5; } // <-- error

public class UnsupportedGenerics {
    public static void main(String[] args) {
        System.out.println("box");
    }
}
