// error: incompatible types: int cannot be converted to Double
public class BoxIntToDouble {
    static Double half(int x) {
        return x; // <-- error
    }
    public static void main(String[] args) {
        System.out.println(half(3));
    }
}
