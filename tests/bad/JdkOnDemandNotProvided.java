// error: java.util.Random is not in Lime's library
import java.util.*;

public class JdkOnDemandNotProvided {
    public static void main(String[] args) {
        Random names = null; // <-- error
        int x = "javac rejects this";
    }
}
