// error: incompatible types: Long cannot be converted to int
public class BoxUnboxNarrowing {
    public static void main(String[] args) {
        Long l = 5L;
        int x = l; // <-- error
        System.out.println(x);
    }
}
