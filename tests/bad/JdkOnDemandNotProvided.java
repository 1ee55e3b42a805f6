// error: java.util.StringJoiner is not in Lime's library
import java.util.*;

public class JdkOnDemandNotProvided {
    public static void main(String[] args) {
        StringJoiner names = null; // <-- error
        int x = "javac rejects this";
    }
}
