// error: incompatible types: int cannot be converted to T
class Box<T> { T value = 5; } // <-- error

public class GenericIncompatible {
    public static void main(String[] args) {
        System.out.println("box");
    }
}
