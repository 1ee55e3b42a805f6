// error: Stream.spliterator() is Java's but not in Lime's library
// (a member of java.util.stream that the library lacks)
import java.util.*;
import java.util.stream.*;

public class StreamMemberNotInLibrary {
    public static void main(String[] args) {
        List<String> l = List.of("a", "b");
        System.out.println(l.stream().spliterator()); // <-- error
        int x = "javac rejects this";
    }
}
