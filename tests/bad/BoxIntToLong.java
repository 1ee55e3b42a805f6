// error: incompatible types: int cannot be converted to Long
public class BoxIntToLong {
    public static void main(String[] args) {
        Long l = 5; // <-- error
        System.out.println(l);
    }
}
