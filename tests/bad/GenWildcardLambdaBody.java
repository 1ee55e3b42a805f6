import java.util.function.Function;

public class GenWildcardLambdaBody {
    static int apply(String x, Function<? super String, ? extends Number> f) {
        return f.apply(x).intValue();
    }

    public static void main(String[] args) {
        System.out.println(apply("abc", s -> s.length()));
        System.out.println(apply("abc", s -> s.toUpperCase())); // <-- error
    }
}
