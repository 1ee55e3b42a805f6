public class FormatGeneral {
    static class Point {
        int x;
    }
    public static void main(String[] args) {
        String nul = null;
        System.out.println(String.format("[%s] [%10s] [%-10s] [%.3s] [%10.2s] [%S] [%s]", "abc", "abc", "abc", "abcdef", "abcdef", "straße", nul));
        System.out.println(String.format("[%S] [%.1S] [%S]", "ﬃ and ǰ", "ß", nul));
        System.out.println(String.format("%b %b %b %B %.2b %6b| %-6b| %b %b", true, false, nul, true, true, false, true, 0, "x"));
        System.out.println(String.format("%h %h %h %h %h %H %h", "hello", 42, 1.5, 3L, true, "hello", nul));
        System.out.println(String.format("%h %h %h %h", 'a', 2.5f, -7L, (byte) -3));
        System.out.println(String.format("%s %s %s %s %s %s %s", 1, 2L, 1.5f, 2.5, 'c', true, (short) 7));
        System.out.println(String.format("%s %s", 1e10, 1.0E-5f));
        System.out.println(String.format("%d %s %s", nul, nul, nul));
        System.out.println(String.format("%e %x %c", nul, nul, nul));
        System.out.println(String.format("%2$s %1$s %2$s %<s %s %s", "a", "b"));
        System.out.println(String.format("%s %<s %<S", "x"));
        System.out.println(String.format("%1$s %s %s %3$s %s", "a", "b", "c"));
        System.out.println(String.format("%3$d-%2$d-%1$d", 1, 2, 3));
        System.out.println(String.format("no specifiers"));
        System.out.println(String.format("%n").length());
        System.out.println(String.format("%s", ""));
        System.out.println(String.format("", 1, 2));
        System.out.println(String.format("%s %s", "ünï", "😀x"));
        System.out.println(String.format("%-4s|%4s|", "😀", "é"));
        int[] arr = {1};
        String fmt = "%d items cost %.2f (%s)";
        System.out.println(String.format(fmt, arr.length, 9.999, "ok"));
        Point p = new Point();
        String ps = String.format("%s", p);
        System.out.println(ps.startsWith("FormatGeneral$Point@"));
        System.out.println(String.format("%b %B", p, arr));
        String table = "";
        for (int i = 1; i <= 3; i++) table = table + String.format("%-6s|%6.2f|%3d%n", "row" + i, i * 1.5, i * i);
        System.out.print(table);
        System.err.printf("to %s%n", "stderr");
        System.out.format("%s-%s%n", "format", "works");
        System.err.format("%d%n", 7);
    }
}
