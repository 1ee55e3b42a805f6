import java.util.*;
public class ClassLiteral {
    enum Day { MON, TUE, WED }
    public static void main(String[] args) {
        Map<Day, Integer> m = new EnumMap<>(Day.class);   // limec: class literals are not supported
        m.put(Day.WED, 3); m.put(Day.MON, 1);
        System.out.println(m + " " + Day.class.getSimpleName());
    }
}
