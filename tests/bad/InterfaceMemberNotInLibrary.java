// error: UnaryOperator.identity() is Java's but not in Lime's library
// (static and default members of the library's interfaces that Java has and
// Lime lacks are reported as Java's, not as "cannot find symbol")
import java.util.*;
import java.util.function.*;

public class InterfaceMemberNotInLibrary {
    public static void main(String[] args) {
        UnaryOperator<String> u = UnaryOperator.identity(); // <-- error: static
        Map.Entry<String, Integer> c = Map.Entry.copyOf(Map.entry("a", 1)); // <-- error: a member interface's static
        IntPredicate p = x -> x > 0;
        IntPredicate q = p.negate(); // <-- error: default
        int x = "javac rejects this";
    }
}
