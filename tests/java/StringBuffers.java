/* StringBuffer: every member, the JVM's exceptions and messages, and
 * StringBuilder beside it (they share their implementation). */
public class StringBuffers {
    interface Action { void run(); }

    static void attempt(String name, Action a) {
        try {
            a.run();
            System.out.println(name + ": ok");
        } catch (RuntimeException e) {
            System.out.println(name + ": " + e);
        }
    }

    public static void main(String[] args) {
        StringBuffer b = new StringBuffer();
        System.out.println(b.length() + " " + b.capacity() + " [" + b + "]");
        b.append("abc").append(1).append('x').append(2.5).append(true).append((Object) null).append(7L).append(1.5f);
        System.out.println(b + " " + b.length() + " " + b.capacity());
        b.append(new char[] {'p', 'q', 'r', 's'}).append(new char[] {'0', '1', '2', '3'}, 1, 2);
        b.append((String) null).append((StringBuffer) null).append(new StringBuilder("SB")).append(new StringBuffer("sb"));
        System.out.println(b);
        b.insert(0, "[").insert(b.length(), ']').insert(1, 42).insert(1, -3L).insert(1, false).insert(1, 0.25).insert(1, 2.5f);
        System.out.println(b);
        b.insert(2, new char[] {'#', '#'}).insert(0, new char[] {'a', 'b', 'c', 'd'}, 1, 2).insert(3, (Object) "obj");
        System.out.println(b);
        b.reverse();
        System.out.println(b);
        b.setLength(6);
        b.setCharAt(0, 'Z');
        System.out.println(b + " " + b.charAt(1) + " " + b.length());
        b.setLength(8);
        System.out.println(b.length() + " " + (int) b.charAt(7));
        b.delete(1, 3).deleteCharAt(0);
        System.out.println("<" + b.substring(0, 3) + ">");
        b.delete(2, 100);
        System.out.println("<" + b + "> " + b.length());

        StringBuffer s = new StringBuffer("hello world, hello");
        System.out.println(s.indexOf("hello") + " " + s.indexOf("hello", 1) + " " + s.lastIndexOf("hello")
                + " " + s.lastIndexOf("hello", 12) + " " + s.indexOf("zzz") + " " + s.indexOf("", 99));
        s.replace(0, 5, "HELLO").replace(13, 99, "bye").replace(5, 6, "___");
        System.out.println(s + " " + s.substring(8) + " " + s.length());

        StringBuffer surrogates = new StringBuffer("ab\uD83D\uDE00cd\uD83C\uDF89");
        surrogates.reverse();
        StringBuilder codes = new StringBuilder();
        for (int i = 0; i < surrogates.length(); i++) codes.append(Integer.toHexString(surrogates.charAt(i))).append(' ');
        System.out.println(surrogates.length() + " " + codes);
        System.out.println(Integer.toHexString(surrogates.codePointAt(0)) + " " + Integer.toHexString(surrogates.codePointAt(1))
                + " " + Integer.toHexString(surrogates.codePointAt(2)));
        StringBuffer cps = new StringBuffer().appendCodePoint(65).appendCodePoint(0x1F600).appendCodePoint(0xE9);
        System.out.println(cps.length() + " " + Integer.toHexString(cps.codePointAt(1)) + " " + (int) cps.charAt(3));

        StringBuffer grow = new StringBuffer(2);
        System.out.println(grow.capacity());
        grow.append("abc");
        System.out.println(grow.capacity());
        grow.append("0123456789");
        System.out.println(grow.capacity());
        grow.ensureCapacity(100);
        System.out.println(grow.capacity());
        grow.ensureCapacity(-5);
        grow.trimToSize();
        System.out.println(grow.capacity() + " " + grow);
        System.out.println(new StringBuffer("xyz").capacity());

        System.out.println(new StringBuffer("ab").compareTo(new StringBuffer("abc")) + " "
                + new StringBuffer("b").compareTo(new StringBuffer("abc")) + " "
                + new StringBuffer("same").compareTo(new StringBuffer("same")));
        StringBuffer acc = new StringBuffer();
        for (int i = 0; i < 10; i++) acc.append(i).append(i < 9 ? "," : "");
        System.out.println(acc);

        StringBuffer e = new StringBuffer("abc");
        attempt("charAt", () -> e.charAt(5));
        attempt("setCharAt", () -> e.setCharAt(-1, 'x'));
        attempt("deleteCharAt", () -> e.deleteCharAt(3));
        attempt("delete", () -> e.delete(2, 1));
        attempt("delete negative", () -> e.delete(-1, 2));
        attempt("replace past end", () -> e.replace(5, 10, "x"));
        attempt("replace backwards", () -> e.replace(2, 1, "x"));
        attempt("replace null", () -> e.replace(0, 1, null));
        attempt("insert", () -> e.insert(4, "x"));
        attempt("insert chars", () -> e.insert(-1, new char[] {'x'}));
        attempt("insert char range", () -> e.insert(1, new char[] {'x'}, 1, 2));
        attempt("append char range", () -> e.append(new char[] {'x'}, 1, 2));
        attempt("substring", () -> e.substring(2, 1));
        attempt("substring from", () -> e.substring(4));
        attempt("setLength", () -> e.setLength(-1));
        attempt("codePointAt", () -> e.codePointAt(3));
        attempt("appendCodePoint", () -> e.appendCodePoint(0x110000));
        attempt("appendCodePoint negative", () -> e.appendCodePoint(-1));
        attempt("new negative", () -> new StringBuffer(-1));
        attempt("new null", () -> new StringBuffer((String) null));
        System.out.println(e);
    }
}
