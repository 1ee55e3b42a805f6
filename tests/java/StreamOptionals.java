import java.util.*;
import java.util.stream.*;
public class StreamOptionals {
    public static void main(String[] args) {
        Optional<String> o = Optional.of("v");
        System.out.println(o.stream().count() + " " + Optional.empty().stream().count());
        System.out.println(Stream.of(Optional.of(1), Optional.<Integer>empty(), Optional.of(3)).flatMap(Optional::stream).collect(Collectors.toList()));
        System.out.println(OptionalInt.of(4).stream().sum() + " " + OptionalLong.empty().stream().count() + " " + OptionalDouble.of(2.5).stream().sum());
    }
}
