/* Scanner.match(): the match of the last scanning call (tokens, patterns,
 * lines with their separator as group 1, skip, findInLine,
 * findWithinHorizon), No match result available after a failed call, a
 * hasNext() or a number that does not parse. */
import java.util.*;
import java.util.regex.*;
public class ScannerMatch {
    static void m(String what, Scanner s) {
        try {
            MatchResult r = s.match();
            StringBuilder b = new StringBuilder();
            for (int i = 0; i <= r.groupCount(); i++) b.append(i).append('=').append(r.group(i) == null ? "null" : "[" + r.group(i).replace("\n", "\\n") + "]").append(r.start(i)).append('-').append(r.end(i)).append(' ');
            System.out.println(what + ": " + r.groupCount() + " " + b);
        } catch (RuntimeException e) { System.out.println(what + ": " + e); }
    }
    public static void main(String[] a) {
        Scanner s = new Scanner("alpha 12 beta\nline two\n\nx3 y4 end");
        m("fresh", s);
        s.hasNext(); m("hasNext", s);
        s.next(); m("next", s);
        s.nextInt();
        s.hasNext("b.*"); m("hasNext(p)", s);
        s.hasNext("zz"); m("hasNext(p) fail", s);
        s.next("(b)(e)ta"); m("next(p)", s);
        s.nextLine(); m("nextLine rest", s);
        s.hasNextLine(); m("hasNextLine", s);
        s.nextLine(); m("nextLine", s);
        s.findInLine("nothing"); m("findInLine empty line", s);
        s.nextLine(); m("nextLine empty", s);
        s.findInLine("(\\w)(\\d)"); m("findInLine", s);
        s.findInLine("q"); m("findInLine fail", s);
        s.skip("\\s*(y)"); m("skip", s);
        s.findWithinHorizon("(e)nd", 0); m("findWithinHorizon", s);
        s.hasNext(); m("hasNext at end", s);
        s.hasNextLine(); m("hasNextLine at end", s);
        Scanner d = new Scanner("1.5 2,000 abc");
        d.nextDouble();
        d.nextLong();
        try { d.nextInt(); } catch (Exception e) { System.out.println(e); }
        m("nextInt fail", d);
        d.next(); m("next", d);
        Scanner lines = new Scanner("one\r\ntwo\rthree\u2028four");
        while (lines.hasNextLine()) {
            m("line " + lines.nextLine(), lines);
        }
        Scanner e = new Scanner("a,b,,c").useDelimiter(",");
        e.next(); m("delim next", e);
        e.next(); e.next(); m("empty token", e);
    }
}
