// error: java.util.concurrent.ConcurrentSkipListMap is Java's but not in Lime's library
import java.util.*;
import java.util.concurrent.ConcurrentSkipListMap;

public class ImportNotInLibrary {
    public static void main(String[] args) {
        Map<String, Integer> m = new ConcurrentSkipListMap<>(); // <-- error
        NoSuchClass x = null;   // (so that javac rejects the file too)
    }
}
