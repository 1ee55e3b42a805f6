// error: incompatible types: possible lossy conversion from double to int
public class LossyArgument {
    public static void main(String[] args) {
        int[] a = new int[2.0]; // <-- error
        System.out.println(a.length);
    }
}
