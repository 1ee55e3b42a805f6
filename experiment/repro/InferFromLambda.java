import java.util.*;
import java.util.function.*;
public class InferFromLambda {
    static <U> U make(Supplier<U> s) { return s.get(); }
    static <T> T pick(List<T> xs) { return xs.get(1); }
    public static void main(String[] args) {
        System.out.println(make(() -> "abcd").length());                     // limec: cannot find symbol length()
        System.out.println(InferFromLambda.<String>make(() -> "ab").length()); // same, explicit type argument ignored
        int n = Optional.of("val").map(s -> s.length()).get();              // limec: Object cannot be converted to int
        String s = pick(List.of("a", "b"));                                  // limec: Object cannot be converted to String
        System.out.println(n + s);
    }
}
