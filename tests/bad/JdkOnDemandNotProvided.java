// error: java.util.Scanner is not in Lime's library
import java.util.*;

public class JdkOnDemandNotProvided {
    public static void main(String[] args) {
        Scanner names = null; // <-- error
        int x = "javac rejects this";
    }
}
