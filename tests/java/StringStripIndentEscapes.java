// String.stripIndent and translateEscapes (Java 15) on edge cases: line
// terminators, blank and whitespace-only lines, octal escapes, the exception.
public class StringStripIndentEscapes {
    static void show(String s) { System.out.println("[" + s.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t") + "]"); }
    public static void main(String[] args) {
        String[] cases = {"", "   a\n     b\n   c", "  a\n  b\n", "  a\n    b\n  ", "\n\n", "x", "   ", "  a  \n\t b\t\n   \n  c",
            "  a\r\n    b\r  c", "    a\n  \n      b\n", " a\n", "\ta\n  b", "\u2003a\n \u2003b", "   a\n\n   b\n    "};
        for (String c : cases) show(c.stripIndent());
        String[] esc = {"x\\ty", "\\b\\t\\n\\f\\r\\s\\\"\\'\\\\", "\\0\\7\\77\\377\\400\\1234", "a\\\nb", "a\\\r\nb", "a\\\rb", "plain", "\\101\\12x"};
        for (String c : esc) show(c.translateEscapes());
        for (String bad : new String[] {"\\q", "ab\\", "\\u0041", "\\8"}) {
            try { show(bad.translateEscapes()); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        }
    }
}
