import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/* Split edge cases: limits (positive, zero, negative), leading and trailing
 * empty strings, zero-width matches (never a leading empty string from one
 * at the start), the one-character fast path and Pattern.split. */
public class RegexSplitEdges {
    static void show(String s, String re, int limit) {
        String[] a = s.split(re, limit);
        System.out.println("\"" + s + "\".split(\"" + re + "\", " + limit + ") = " + a.length + " " + Arrays.toString(a));
    }

    public static void main(String[] args) {
        String[] inputs = {"", ",", ",,", "a", ",a,,b,", "a,b", " a  b "};
        int[] limits = {0, -1, 1, 2, 3};
        for (String s : inputs)
            for (int l : limits) show(s, ",", l);
        for (int l : limits) show(" a  b ", " +", l);
        for (int l : limits) show("abc", "", l);
        show("abc", "(?=b)", 0);
        show("abc", "(?=a)", 0);
        show("aXbXXc", "X*", 0);
        show("boo:and:foo", "o", 0);
        show("boo:and:foo", "o", -2);
        show("boo:and:foo", "o", 5);
        show("a.b.c", ".", 0);
        show("a.b.c", "\\.", 0);
        show("a$b", "$", 0);
        show("a$b", "\\$", 0);
        show("a\\b", "\\\\", 0);
        show("aXbxc", "(?i)x", 0);
        show("1a2b3", "[a-z]", 2);
        show("one1two22three", "\\d+", 0);
        show("a😀b😀c", "😀", 0);
        System.out.println(Arrays.toString(Pattern.compile("\\s*,\\s*").split("a , b,c ,d")));
        System.out.println(Arrays.toString(Pattern.compile(":").split("x:y:z:", 0)));
        System.out.println(Arrays.toString(Pattern.compile(":").split("x:y:z:", -1)));
        System.out.println(Arrays.toString(Pattern.compile("").split("")));
        System.out.println(Arrays.toString("".split("")));
        for (String s : new String[] {"", "a,b,,", ",a", ",,"})
            System.out.println("[" + s + "] " + Pattern.compile(",").splitAsStream(s).collect(Collectors.toList()) + " "
                + Pattern.compile("").splitAsStream(s).collect(Collectors.toList()));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 1000; i++) sb.append("w").append(i).append(i % 3 == 0 ? "  " : " ");
        String[] words = sb.toString().split("\\s+");
        System.out.println(words.length + " " + words[0] + " " + words[999]);
    }
}
