// error: java.util.Calendar is Java's but not in Lime's library
import java.util.*;
import java.util.concurrent.*;

public class JdkOnDemandJavas {
    public static void main(String[] args) {
        int month = Calendar.MONTH; // <-- error
        GregorianCalendar today = null;
        ConcurrentHashMap<String, Integer> counts = null;
        Hashtable<String, Integer> provided = new Hashtable<>();
        int x = "javac rejects this";
    }
}
