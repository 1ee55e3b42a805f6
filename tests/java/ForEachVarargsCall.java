import java.util.*;
public class ForEachVarargsCall {
    static List<Integer> twice(Integer... xs) { List<Integer> l = new ArrayList<>(); for (Integer x : xs) { l.add(x); l.add(x); } return l; }
    public static void main(String[] args) {
        for (int x : twice(1, 2, 3)) System.out.print(x + " ");
        for (Object o : List.of("pear", "fig")) System.out.print(o + " ");
        System.out.println();
    }
}
