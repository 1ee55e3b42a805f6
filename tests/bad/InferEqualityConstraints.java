// error: method same in class InferEqualityConstraints cannot be applied to given types;
import java.util.*;

public class InferEqualityConstraints {
    static <T> boolean same(List<T> a, List<T> b) { return a.equals(b); }

    public static void main(String[] args) {
        System.out.println(same(new ArrayList<String>(), List.of("x")));
        System.out.println(same(new ArrayList<String>(), new ArrayList<Integer>())); // <-- error
    }
}
