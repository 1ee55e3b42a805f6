// error: incompatible types: Boolean cannot be converted to int
public class BoxBooleanToInt {
    public static void main(String[] args) {
        Boolean b = true;
        int k = (int) b; // <-- error
        System.out.println(k);
    }
}
