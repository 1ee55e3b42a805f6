// error: incompatible types: possible lossy conversion from int to byte
public class LossyIntToByteArith {
    public static void main(String[] args) {
        byte a = 1, b = 2;
        byte c = a + b; // <-- error
        System.out.println(c);
    }
}
