// error: incompatible types: ArrayList<Integer> cannot be converted to List<String>
import java.util.ArrayList;
import java.util.List;

public class GenericAssignIncompatible {
    public static void main(String[] args) {
        List<String> names = new ArrayList<Integer>(); // <-- error
        System.out.println(names);
    }
}
