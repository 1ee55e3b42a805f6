// error: incompatible types: int cannot be converted to Short
public class BoxCompoundLossy {
    public static void main(String[] args) {
        Short s = 1;
        s += 1; // <-- error
        System.out.println(s);
    }
}
