// error: java.util.stream.StreamSupport is Java's but not in Lime's library
import java.util.stream.StreamSupport;

public class StreamSupportNotInLibrary {
    public static void main(String[] args) {
        System.out.println(StreamSupport.class); // <-- error
        NoSuchClass x = null;   // (so that javac rejects the file too)
    }
}
