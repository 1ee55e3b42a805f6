// error: incompatible types: possible lossy conversion from double to int
public class LossyDoubleToInt {
    public static void main(String[] args) {
        double d = 3.7;
        int i = d * 2; // <-- error
        System.out.println(i);
    }
}
