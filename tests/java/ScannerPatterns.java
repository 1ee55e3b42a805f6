import java.util.InputMismatchException;
import java.util.NoSuchElementException;
import java.util.Scanner;
import java.util.regex.Pattern;

/* Scanner with patterns: useDelimiter(String|Pattern), delimiter(),
 * hasNext/next(String|Pattern), skip(String|Pattern), findInLine,
 * findWithinHorizon, and how they mix with nextLine and the number
 * readers (',' groups, fractions, exponents, NaN, Infinity, hexadecimal
 * floats); a character-by-character parser of standard input with
 * useDelimiter(""); the exceptions, and a closed scanner. */
public class ScannerPatterns {
    /* a nested list like [1,[2,3],[]] read char by char: its sum and depth */
    static int[] parseList(Scanner in) {
        in.next("\\[");
        int sum = 0, depth = 1, inner = 0;
        while (!in.hasNext("\\]")) {
            if (in.hasNext("\\[")) {
                int[] r = parseList(in);
                sum += r[0];
                inner = Math.max(inner, r[1]);
            } else if (in.hasNext("\\d")) {
                int v = 0;
                while (in.hasNext("\\d")) v = v * 10 + Integer.parseInt(in.next());
                sum += v;
            } else in.next(",");
        }
        in.next();
        return new int[] {sum, depth + inner};
    }

    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        System.out.println("delimiter " + in.delimiter());
        in.useDelimiter("");
        System.out.println("delimiter [" + in.delimiter() + "]");
        int packet = 0;
        while (in.hasNext("\\[")) {
            int[] r = parseList(in);
            System.out.println("packet " + packet++ + ": sum " + r[0] + " depth " + r[1]);
            in.skip("\\R");
        }
        System.out.println("at the blank line: " + in.hasNext("\\R"));
        in.skip(Pattern.compile("\\R"));
        in.useDelimiter(Pattern.compile("[,;\\s]+"));
        StringBuilder words = new StringBuilder();
        while (in.hasNext("[a-z]+")) words.append(in.next("[a-z]+")).append('/');
        System.out.println("words " + words);
        try {
            in.next("[a-z]+");
        } catch (InputMismatchException e) {
            System.out.println("caught " + e + ", next is " + in.next());
        }
        System.out.println(in.hasNext(Pattern.compile("\\d+")) + " " + in.next(Pattern.compile("\\d+")) + " " + in.hasNextInt());
        in.useDelimiter("\\p{javaWhitespace}+");
        System.out.println("rest of line [" + in.nextLine() + "]");
        System.out.println("find " + in.findInLine("(\\w+)=(\\d+)") + " then [" + in.nextLine() + "]");
        System.out.println("none " + in.findInLine("zzz") + " then " + in.next() + " [" + in.nextLine() + "]");
        System.out.println("skip digits then [" + in.skip("\\s*\\d+").nextLine() + "]");
        try {
            in.skip("x");
        } catch (NoSuchElementException e) {
            System.out.println("caught " + e + ", then " + in.nextLine());
        }
        System.out.println("horizon " + in.findWithinHorizon("end", 5) + " " + in.findWithinHorizon("end", 0) + " [" + in.nextLine() + "]");

        // numbers as the JDK's English patterns take them
        String[] tokens = {"1,000", "-1,234,567", "+42", "1,00", "12,345,6789", "0,123", "007", "99999999999", "3.5", "-.5", "1.",
                "1e3", "2.5E-2", "1,234.5", "NaN", "-Infinity", "\u221E", "0x1.8p1", "0x.8", "1d", "1.5f", "0x10", ".", "-", "e5"};
        for (String t : tokens) {
            Scanner s = new Scanner(t);
            StringBuilder b = new StringBuilder(t + ": int " + s.hasNextInt() + " long " + s.hasNextLong() + " double " + s.hasNextDouble());
            try {
                b.append(" -> ").append(s.nextInt());
            } catch (InputMismatchException e) {
                b.append(" -> ").append(e);
            }
            try {
                b.append(" / ").append(new Scanner(t).nextDouble());
            } catch (InputMismatchException e) {
                b.append(" / ").append(e);
            }
            System.out.println(b);
        }

        Scanner s = new Scanner("a1b22c333d");
        s.useDelimiter("\\d+");
        while (s.hasNext()) System.out.print(s.next() + " ");
        System.out.println();
        s = new Scanner("x,y,,z,");
        s.useDelimiter(",");
        while (s.hasNext()) System.out.print("[" + s.next() + "]");
        System.out.println();
        s = new Scanner("line one\r\nline two\rline three\n\nlast");
        while (s.hasNextLine()) System.out.print("<" + s.nextLine() + ">");
        System.out.println();
        try {
            s.nextLine();
        } catch (NoSuchElementException e) {
            System.out.println("caught " + e);
        }
        s = new Scanner("  lead");
        System.out.println(s.hasNext() + " [" + s.nextLine() + "]");
        s.close();
        try {
            s.hasNext();
        } catch (IllegalStateException e) {
            System.out.println("caught " + e);
        }
        try {
            s.findInLine("x");
        } catch (IllegalStateException e) {
            System.out.println("caught " + e);
        }
        System.out.println("delimiter after close " + s.delimiter());
    }
}
