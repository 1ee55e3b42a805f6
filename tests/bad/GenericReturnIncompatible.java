// error: incompatible types: Box<String> cannot be converted to Box<Object>
class Box<T> {
    T value;
    Box(T value) { this.value = value; }
}
public class GenericReturnIncompatible {
    static Box<Object> wrap(String s) {
        Box<String> b = new Box<String>(s);
        return b; // <-- error
    }
    public static void main(String[] args) { System.out.println(wrap("x").value); }
}
