// error: java.util.concurrent.ConcurrentSkipListMap is Java's but not in Lime's library
import java.util.*;
import java.util.concurrent.ConcurrentSkipListMap; // <-- error

public class ImportNotInLibrary {
    public static void main(String[] args) {
        NoSuchClass x = null;   // (so that javac rejects the file too)
    }
}
