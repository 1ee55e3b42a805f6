import java.util.Optional;

public class GenThrowsVarUnreported {
    static class Missing extends Exception {
    }

    public static void main(String[] args) {
        Optional<String> o = Optional.empty();
        System.out.println(o.orElseThrow(Missing::new)); // <-- error
    }
}
