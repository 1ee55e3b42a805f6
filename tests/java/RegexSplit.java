import java.util.*;
public class RegexSplit {
    static void show(String[] a) { System.out.println(a.length + " " + Arrays.toString(a)); }
    public static void main(String[] args) {
        show("a,b,,c,,".split(","));
        show("a,b,,c,,".split(",", -1));
        show("a,b,,c,,".split(",", 2));
        show("".split(","));
        show(",a".split(","));
        show("  the quick   brown fox ".split("\\s+"));
        show("the quick   brown fox".trim().split(" +"));
        show("a1b22c333d".split("\\d+"));
        show("x.y.z".split("\\."));
        show("k=v; k2=v2".split("[=;] ?"));
        show("abc".split(""));
        show("a|b|c".split("\\|"));
        show("héllo wörld".split(" "));
        System.out.println("12345".matches("\\d+") + " " + "12a45".matches("\\d+") + " " + "abc".matches("[a-c]*") + " " + "Ab".matches("[A-Z][a-z]"));
        System.out.println("a  b   c".replaceAll(" +", " ") + "|" + "x1y22z".replaceAll("[0-9]", "#") + "|" + "aaa".replaceFirst("a", "b") + "|" + "tab\there".replaceAll("\\s", "_"));
        System.out.println("hello".replaceAll("", "-"));
        String csv = "name,age\nann,30\nbob,41";
        for (String line : csv.split("\n")) System.out.println(Arrays.toString(line.split(",")));
    }
}
