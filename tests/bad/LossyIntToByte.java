// error: incompatible types: possible lossy conversion from int to byte
public class LossyIntToByte {
    public static void main(String[] args) {
        int n = 10;
        byte b = n; // <-- error
        System.out.println(b);
    }
}
