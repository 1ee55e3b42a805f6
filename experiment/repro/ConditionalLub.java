import java.util.*;
public class ConditionalLub {
    public static void main(String[] args) {
        List<Integer> list = new ArrayList<>(List.of(1, 2));
        boolean big = args.length > 0;
        System.out.println("v=" + (big ? "many" : list));   // limec: incompatible types in conditional expression
    }
}
