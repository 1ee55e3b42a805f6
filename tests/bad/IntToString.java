// error: incompatible types: int cannot be converted to String
public class IntToString {
    public static void main(String[] args) {
        String s = 5; // <-- error
        System.out.println(s);
    }
}
