import java.util.function.Function;
public class LambdaWildcard {
    interface Listener<E> { void on(E e); }
    static <E> void fire(Listener<? super E> l, E e) { l.on(e); }
    public static void main(String[] args) {
        Function<? super Integer, String> f = i -> Integer.toHexString(i);   // limec: toHexString(Object)
        System.out.println(f.apply(255));
        fire((String e) -> System.out.println(e.toUpperCase()), "abc");   // limec: Lambda does not override on(E)
    }
}
