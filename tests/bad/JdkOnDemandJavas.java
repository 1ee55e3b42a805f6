// error: java.util.TimeZone is Java's but not in Lime's library
import java.util.*;
import java.util.concurrent.*;

public class JdkOnDemandJavas {
    public static void main(String[] args) {
        int style = TimeZone.SHORT; // <-- error
        Properties settings = null;
        ConcurrentSkipListMap<String, Integer> counts = null;
        Hashtable<String, Integer> provided = new Hashtable<>();
        int x = "javac rejects this";
    }
}
