// error: incompatible types: String cannot be converted to int
public class StringToInt {
    public static void main(String[] args) {
        String s = "42";
        int n = s; // <-- error
        System.out.println(n);
    }
}
