import java.util.*;
public class DiamondWildcard {
    public static void main(String[] args) {
        List<List<? extends Number>> ls = new ArrayList<>();
        ls.add(List.of(1, 2));
        for (List<? extends Number> l : new ArrayList<>(ls)) System.out.println(l.size());  // limec: Object cannot be converted
    }
}
