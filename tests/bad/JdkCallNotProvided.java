// error: java.util.Optional is not in Lime's library
import java.util.*;

public class JdkCallNotProvided {
    public static void main(String[] args) {
        int[] a = {3, 1, 2};
        Optional.empty(); // <-- error
        int x = "javac rejects this";
    }
}
