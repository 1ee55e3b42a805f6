// error: incompatible types: List<Integer> cannot be converted to List<Number>
import java.util.ArrayList;
import java.util.List;

public class GenericArgumentIncompatible {
    static void addHalf(List<Number> values) { values.add(0.5); }
    public static void main(String[] args) {
        List<Integer> ints = new ArrayList<>();
        addHalf(ints); // <-- error
        System.out.println(ints);
    }
}
