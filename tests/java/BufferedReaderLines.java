import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/* BufferedReader.lines(): the lines still to read, read as the stream
 * pulls them (a short-circuiting operation leaves the rest to readLine),
 * terminators \n, \r\n and \r; lines() on a subclass, an override of it,
 * and an interface method that the inherited lines() implements. */
public class BufferedReaderLines {
    interface LineSource {
        Stream<String> lines();
    }
    static class Plain extends BufferedReader implements LineSource {
        Plain(Reader r) { super(r); }
    }
    static class Upper extends BufferedReader {
        Upper(Reader r) { super(r); }
        @Override
        public Stream<String> lines() { return super.lines().map(String::toUpperCase); }
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        System.out.println("first: " + in.lines().findFirst().orElse("none"));
        System.out.println("readLine: " + in.readLine());
        List<String> two = in.lines().limit(2).collect(Collectors.toList());
        System.out.println("limit 2: " + two);
        System.out.println("readLine: " + in.readLine());
        Map<Integer, Long> byLength = in.lines()
                .filter(l -> !l.isEmpty())
                .collect(Collectors.groupingBy(String::length, TreeMap::new, Collectors.counting()));
        System.out.println("by length: " + byLength);
        System.out.println("at the end: " + in.readLine() + " " + in.lines().count());

        BufferedReader crlf = new BufferedReader(new StringReader("a\r\nbb\rccc\n\ndddd"));
        System.out.println(crlf.lines().map(l -> l.length() + ":" + l).collect(Collectors.joining(",", "[", "]")));
        System.out.println(new BufferedReader(new StringReader("")).lines().count());
        System.out.println(new BufferedReader(new StringReader("\n")).lines().count());

        LineSource src = new Plain(new StringReader("x\ny\nz"));
        System.out.println(src.lines().collect(Collectors.toList()));
        BufferedReader up = new Upper(new StringReader("shout\nloud"));
        System.out.println(up.lines().collect(Collectors.toList()));
        int[] total = {0};
        new Plain(new StringReader("1\n22\n333")).lines().mapToInt(Integer::parseInt).forEach(v -> total[0] += v);
        System.out.println(total[0]);

        // a read that fails: the IOException wrapped in an UncheckedIOException
        StringReader closed = new StringReader("never read");
        closed.close();
        try {
            new BufferedReader(closed).lines().forEach(System.out::println);
        } catch (UncheckedIOException e) {
            System.out.println(e + " / " + e.getCause());
        }
    }
}
