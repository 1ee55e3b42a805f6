// error: incompatible types: ArrayList<String> cannot be converted to List<? super Integer>
import java.util.ArrayList;
import java.util.List;

public class GenericWildcardIncompatible {
    public static void main(String[] args) {
        List<? extends Number> numbers = new ArrayList<Integer>();
        List<? super Integer> sink = new ArrayList<String>(); // <-- error
        System.out.println(numbers.size() + sink.size());
    }
}
