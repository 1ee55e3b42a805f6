import java.util.*;

public class GenCharSequence {
    static int vowels(CharSequence cs) {
        int n = 0;
        for (int i = 0; i < cs.length(); i++)
            if ("aeiou".indexOf(cs.charAt(i)) >= 0) n++;
        return n;
    }

    static String describe(CharSequence cs) {
        return cs.length() + ":" + cs + ":" + cs.subSequence(1, 3) + ":" + cs.isEmpty();
    }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder("education");
        StringBuffer buf = new StringBuffer("rhythm and blues");
        System.out.println(vowels("banana") + " " + vowels(sb) + " " + vowels(buf));
        System.out.println(describe("hello"));
        System.out.println(describe(sb));
        System.out.println(describe(buf));
        CharSequence cs = "abc";
        System.out.println(cs.toString().toUpperCase() + " " + cs.charAt(2));
        CharSequence sub = sb.subSequence(0, 3);
        System.out.println(sub + " " + sub.length());
        List<CharSequence> parts = new ArrayList<>();
        parts.add("x");
        parts.add(new StringBuilder("y"));
        parts.add(buf);
        System.out.println(String.join("-", parts));
        System.out.println(String.join(", ", "a", sb, buf));
        System.out.println(String.join("/", List.of("p", "q")));
        System.out.println(String.join(new StringBuilder("+"), List.of("1", "2", "3")));
        Set<String> set = new TreeSet<>(List.of("z", "m"));
        System.out.println(String.join("|", set));
        StringJoiner j = new StringJoiner(new StringBuilder(", "), "[", "]");
        j.add("one").add(sb).add(buf);
        System.out.println(j + " " + j.length());
        StringJoiner j2 = new StringJoiner("-");
        j2.setEmptyValue(new StringBuilder("EMPTY"));
        System.out.println(j2);
        StringBuilder out = new StringBuilder();
        CharSequence piece = "0123456789";
        out.append(piece).append(piece, 2, 5).append((CharSequence) sb);
        out.insert(0, (CharSequence) "<<");
        System.out.println(out);
        System.out.println("education".contentEquals(sb) + " " + "abc".contains(new StringBuilder("bc")));
        System.out.println("a.b.c".replace(".", new StringBuilder("::")));
        Object o = cs;
        System.out.println(o instanceof CharSequence);
        Object o2 = sb;
        System.out.println(o2 instanceof CharSequence ? ((CharSequence) o2).length() : -1);
        System.out.println(CharSequence.compare("abc", sb));
    }
}
