import java.util.*;
public class ComparableStringCrash {
    public static void main(String[] args) {
        Comparable<String> c = "pear";
        System.out.println(c);                                   // limec: segmentation fault
    }
}
