import java.util.function.Function;

public class GenLambdaParamTypes {
    public static void main(String[] args) {
        Function<String, Integer> f = (Integer s) -> s; // <-- error
        System.out.println(f.apply("x"));
    }
}
