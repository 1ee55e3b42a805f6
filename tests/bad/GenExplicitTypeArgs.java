import java.util.Optional;

public class GenExplicitTypeArgs {
    public static void main(String[] args) {
        Optional<Integer> o = Optional.of(1);
        String s = o.<Integer>map(x -> x + 1).get(); // <-- error
        System.out.println(s);
    }
}
