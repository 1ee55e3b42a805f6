import java.util.*;
public class CollectionsMinCrash {
    public static void main(String[] args) {
        System.out.println(Collections.min(List.of("b", "a")));   // limec: segmentation fault (JVM: a)
    }
}
