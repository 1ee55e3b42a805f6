import java.util.regex.*;
import java.util.List;
import java.util.stream.Collectors;

/* The Matcher API: matches, lookingAt, find, find(int), group/start/end of
 * groups and names, reset, usePattern, region, appendReplacement and
 * appendTail, toMatchResult, results, and the exceptions of a matcher with
 * no match. */
public class RegexMatcherApi {
    static void attempt(String what, Runnable r) {
        try {
            r.run();
            System.out.println(what + ": ok");
        } catch (RuntimeException e) {
            System.out.println(what + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        Pattern p = Pattern.compile("(\\d+)([a-z]?)");
        Matcher m = p.matcher("12a 345 6z");
        System.out.println(m.matches() + " " + m.lookingAt() + " " + m.group() + " " + m.end());
        System.out.println(m.groupCount() + " " + m.pattern());
        m.reset();
        while (m.find()) System.out.println(m.start() + "-" + m.end() + " " + m.group(1) + " [" + m.group(2) + "] " + m.start(2) + " " + m.end(2));
        System.out.println(m.find());
        System.out.println(m.find(4) + " " + m.group() + " " + m.find() + " " + m.group());
        System.out.println(m.find(0) + " " + m.group());
        m.reset("99x");
        System.out.println(m.matches() + " " + m.group(2));
        attempt("group before match", () -> p.matcher("a").group());
        attempt("start before match", () -> p.matcher("a").start());
        attempt("end(1) before match", () -> p.matcher("a").end(1));
        attempt("group(3)", () -> { Matcher q = p.matcher("1"); q.find(); q.group(3); });
        attempt("group(-1)", () -> { Matcher q = p.matcher("1"); q.find(); q.group(-1); });
        attempt("group(name)", () -> { Matcher q = p.matcher("1"); q.find(); q.group("nope"); });
        attempt("start(name)", () -> { Matcher q = p.matcher("1"); q.find(); q.start("nope"); });
        attempt("find(-1)", () -> p.matcher("1").find(-1));
        attempt("find(2)", () -> p.matcher("1").find(2));
        attempt("group after failed find", () -> { Matcher q = p.matcher("1"); q.find(); q.find(); q.group(); });
        attempt("appendReplacement without match", () -> p.matcher("1").appendReplacement(new StringBuilder(), "x"));

        Matcher w = Pattern.compile("\\w+").matcher("one two three");
        StringBuilder sb = new StringBuilder();
        while (w.find()) w.appendReplacement(sb, w.group().toUpperCase() + "($0)");
        w.appendTail(sb);
        System.out.println(sb);
        StringBuffer sf = new StringBuffer();
        w.reset();
        if (w.find()) w.appendReplacement(sf, "<$0>");
        w.appendTail(sf);
        System.out.println(sf);

        Matcher u = Pattern.compile("a+").matcher("aa b aaa");
        u.find();
        MatchResult r = u.toMatchResult();
        u.find();
        System.out.println(r.group() + " " + r.start() + " " + r.end() + " " + u.group() + " " + r.groupCount());
        List<String> all = Pattern.compile("\\d").matcher("a1b2c3").results().map(MatchResult::group).collect(Collectors.toList());
        System.out.println(all);
        Matcher rs = Pattern.compile("\\d").matcher("1a2b3");
        rs.find();
        System.out.println(rs.results().map(MatchResult::group).collect(Collectors.toList()) + " " + rs.results().count());

        Matcher v = Pattern.compile("a").matcher("abab");
        v.find();
        v.usePattern(Pattern.compile("b"));
        System.out.println(v.find() + " " + v.start());
        v.usePattern(Pattern.compile("(a)(b)"));
        System.out.println(v.groupCount() + " " + v.find() + " " + v.group(2));

        Matcher g = Pattern.compile("\\d").matcher("12345");
        g.region(1, 3);
        System.out.println(g.regionStart() + " " + g.regionEnd());
        while (g.find()) System.out.print(g.group() + "@" + g.start() + " ");
        System.out.println();
        g.region(1, 4);
        System.out.println(Pattern.compile("^\\d+$").matcher("12345").region(1, 4).matches());
        System.out.println(Pattern.compile("\\d\\d").matcher("12345").region(2, 5).lookingAt());
        attempt("region(3,1)", () -> Pattern.compile("x").matcher("abc").region(3, 1));
        System.out.println(Pattern.matches("a*b", "aaab") + " " + Pattern.matches("a*b", "aaabc"));
        System.out.println(Pattern.compile("o").asPredicate().test("foo") + " " + Pattern.compile("o").asMatchPredicate().test("foo"));
        System.out.println(Pattern.compile("b").matcher("abc").replaceAll(x -> "[" + x.group() + x.start() + "]"));
        System.out.println(Pattern.compile("[bc]").matcher("abc").replaceFirst(x -> x.group().toUpperCase()));
        Matcher h = Pattern.compile("abc").matcher("xxab");
        System.out.println(h.find() + " " + h.hitEnd());
    }
}
