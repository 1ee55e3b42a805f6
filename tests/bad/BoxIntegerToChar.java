// error: incompatible types: Integer cannot be converted to char
public class BoxIntegerToChar {
    public static void main(String[] args) {
        Integer i = 65;
        char c = i; // <-- error
        System.out.println(c);
    }
}
