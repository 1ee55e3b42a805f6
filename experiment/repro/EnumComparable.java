import java.util.*;
public class EnumComparable {
    enum Color { RED, GREEN }
    public static void main(String[] args) {
        TreeMap<Color, Integer> m = new TreeMap<>();
        m.put(Color.GREEN, 1); m.put(Color.RED, 2);
        System.out.println(m);
    }
}
