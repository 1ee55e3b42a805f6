import java.util.*;
public class AnonymousMethodTypeVar {
    static <T extends Comparable<T>> Comparator<T> natural() {
        return new Comparator<T>() {      // limec: cannot find symbol: class 'T'
            public int compare(T a, T b) { return a.compareTo(b); }
        };
    }
    public static void main(String[] args) {
        System.out.println(AnonymousMethodTypeVar.<String>natural().compare("a", "b"));
    }
}
