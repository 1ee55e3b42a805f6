// error: incompatible types: int[] cannot be converted to Serializable
import java.io.Serializable;

public class SerializableArray {
    public static void main(String[] args) {
        Serializable s = new int[3]; // <-- error
        System.out.println(s);
        int rejected = "javac rejects this line";
    }
}
