// error: Collectors.teeing(Collector<Object,?,Long>,Collector<Object,?,List<Object>>,<null>) is Java's but not in Lime's library
// (a member of java.util.stream that the library lacks)
import java.util.*;
import java.util.stream.*;

public class StreamMemberNotInLibrary {
    public static void main(String[] args) {
        List<String> l = List.of("a", "b");
        String s = l.stream().collect(Collectors.teeing(Collectors.counting(), Collectors.toList(), (n, all) -> n + " " + all)); // <-- error
        int x = "javac rejects this";
    }
}
