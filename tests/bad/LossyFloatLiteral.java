// error: incompatible types: possible lossy conversion from double to float
public class LossyFloatLiteral {
    public static void main(String[] args) {
        float f = 1.5; // <-- error
        System.out.println(f);
    }
}
