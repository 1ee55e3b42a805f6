// error: method set in class InferCaptureClash cannot be applied to given types;
import java.util.*;

public class InferCaptureClash {
    static <T> void set(List<T> l, T x) { l.set(0, x); }
    static <T> void swap(List<T> l) { set(l, l.get(0)); }

    public static void main(String[] args) {
        List<?> w = new ArrayList<>(List.of("a"));
        swap(w);          // fine: T is the capture of ?
        set(w, "s"); // <-- error
    }
}
