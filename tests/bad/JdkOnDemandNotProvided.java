// error: java.util.ArrayList is not in Lime's library
import java.util.*;

public class JdkOnDemandNotProvided {
    public static void main(String[] args) {
        ArrayList names = null; // <-- error
        int x = "javac rejects this";
    }
}
