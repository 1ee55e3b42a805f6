import java.util.Enumeration;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.StringTokenizer;

/* java.util.StringTokenizer: the three constructors, tokens with and
 * without returned delimiters, countTokens before and after taking some,
 * nextToken(String) changing the delimiters for good, the Enumeration
 * view, surrogate delimiters, and the exceptions. */
public class StringTokenizerApi {
    static String all(StringTokenizer st) {
        StringBuilder b = new StringBuilder();
        b.append(st.countTokens()).append(':');
        while (st.hasMoreTokens()) b.append('[').append(st.nextToken()).append(']');
        b.append(" left ").append(st.countTokens());
        return b.toString();
    }
    static String hex(String s) {
        StringBuilder b = new StringBuilder("<");
        for (int i = 0; i < s.length(); i++) b.append(i > 0 ? " " : "").append(Integer.toHexString(s.charAt(i)));
        return b.append('>').toString();
    }
    static String allHex(StringTokenizer st) {
        StringBuilder b = new StringBuilder();
        b.append(st.countTokens()).append(':');
        while (st.hasMoreTokens()) b.append(hex(st.nextToken()));
        return b.toString();
    }

    public static void main(String[] args) {
        System.out.println(all(new StringTokenizer("  the quick\tbrown\n\nfox\r\fjumps  ")));
        System.out.println(all(new StringTokenizer("")));
        System.out.println(all(new StringTokenizer(" \t\n ")));
        System.out.println(all(new StringTokenizer("x")));
        System.out.println(all(new StringTokenizer("a,b;;c,", ",;")));
        System.out.println(all(new StringTokenizer("a,b;;c,", ",;", false)));
        System.out.println(all(new StringTokenizer("a,b;;c,", ",;", true)));
        System.out.println(all(new StringTokenizer("1+2*(3-4)", "+-*()", true)));
        System.out.println(all(new StringTokenizer("no delimiters here", "")));
        System.out.println(all(new StringTokenizer("no delimiters here", "", true)));
        System.out.println(all(new StringTokenizer("aXbXXc", "X", true)));

        // countTokens does not move; hasMoreTokens may be asked twice
        StringTokenizer st = new StringTokenizer("one two three four");
        System.out.println(st.countTokens() + " " + st.countTokens());
        System.out.println(st.hasMoreTokens() + " " + st.hasMoreTokens() + " " + st.nextToken());
        System.out.println(st.countTokens() + " " + st.nextToken() + " " + st.countTokens());

        // nextToken(delim): the new delimiters stay for the following calls
        st = new StringTokenizer("key=value; other=thing; last");
        System.out.println(st.nextToken("="));
        System.out.println("[" + st.nextToken(";") + "]");
        System.out.println(st.countTokens());
        System.out.println("[" + st.nextToken() + "]");
        System.out.println(st.hasMoreTokens() + " [" + st.nextToken(" =;") + "]");
        System.out.println(st.hasMoreTokens() + " " + st.countTokens());

        // a change of delimiters after hasMoreTokens found the next token
        st = new StringTokenizer("a,b", ",");
        System.out.println(st.hasMoreTokens());
        System.out.println(st.nextToken("b"));
        try {
            st.nextToken();
        } catch (NoSuchElementException e) {
            System.out.println("caught " + e);
        }
        st = new StringTokenizer("::a:b", ":", true);
        System.out.println(st.nextToken() + st.nextToken() + " " + st.nextToken(":b") + " " + st.countTokens());

        // the Enumeration view
        Enumeration<Object> en = new StringTokenizer("p q r");
        int n = 0;
        while (en.hasMoreElements()) {
            Object o = en.nextElement();
            System.out.println(n++ + " " + o + " " + (o instanceof String));
        }
        Iterator<Object> it = new StringTokenizer("s,t", ",").asIterator();
        while (it.hasNext()) System.out.println("it " + it.next());

        // surrogates: a delimiter holding one makes the scan go by code points
        String s = "x\uD83D\uDE00y\uD83Dz";
        System.out.println(allHex(new StringTokenizer(s, "\uD83D\uDE00")));
        System.out.println(allHex(new StringTokenizer(s, "\uD83D\uDE00", true)));
        System.out.println(allHex(new StringTokenizer(s, "\uD83D", true)));
        System.out.println(allHex(new StringTokenizer(s, "\uDE00y")));
        System.out.println(allHex(new StringTokenizer(s, "y")));
        System.out.println(allHex(new StringTokenizer("\uDE00a\uD83D", "a", true)));

        // exceptions
        st = new StringTokenizer("only");
        System.out.println(st.nextToken());
        try {
            st.nextToken();
        } catch (NoSuchElementException e) {
            System.out.println("caught " + e + " " + e.getMessage());
        }
        try {
            st.nextElement();
        } catch (NoSuchElementException e) {
            System.out.println("caught " + e);
        }
        try {
            new StringTokenizer(null, ",");
        } catch (NullPointerException e) {
            System.out.println("caught NullPointerException");
        }
        StringTokenizer nul = new StringTokenizer("abc", null);
        System.out.println("null delimiters accepted");
        try {
            nul.hasMoreTokens();
        } catch (NullPointerException e) {
            System.out.println("caught " + e);
        }
        try {
            nul.countTokens();
        } catch (NullPointerException e) {
            System.out.println("caught " + e);
        }
        System.out.println(new StringTokenizer("", null).countTokens());
        st = new StringTokenizer("a b");
        try {
            st.nextToken(null);
        } catch (NullPointerException e) {
            System.out.println("caught " + e);
        }
        System.out.println(st.nextToken(" ") + " " + st.nextToken());
    }
}
