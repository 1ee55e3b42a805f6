import java.util.regex.Matcher;
import java.util.regex.Pattern;

/* Scanner's token scan with patterns, as the JDK's: skip a delimiter at
 * the position, then the token ends at the next delimiter (a zero-length
 * one at the token's start does not count) or at the end of the input,
 * and must match the token pattern. More input is needed while a
 * delimiter match touches the buffer's end, or no delimiter follows. */
final class ScannerRegex extends ScannerMatching {
    private static Pattern whitespace;

    int token(Scanner s, Object delimiter, Object pattern) {
        String text = s.text();
        int n = text.length(), start = s.position();
        if (delimiter == null && whitespace == null) whitespace = Pattern.compile("\\p{javaWhitespace}+");
        Matcher m = (delimiter != null ? (Pattern) delimiter : whitespace).matcher(text);
        m.region(start, n);
        if (m.lookingAt()) {
            if (m.hitEnd() && !s.sourceClosed()) return Scanner.NEED_INPUT;
            start = m.end();
        }
        if (start == n) return s.sourceClosed() ? Scanner.NONE : Scanner.NEED_INPUT;
        m.region(start, n);
        boolean found = m.find();
        if (found && m.end() == start) found = m.find();
        if (!found && !s.sourceClosed()) return Scanner.NEED_INPUT;
        int end = found ? m.start() : n;
        if (pattern != null) {
            Matcher t = ((Pattern) pattern).matcher(text);
            t.region(start, end);
            if (!t.matches()) return Scanner.MISMATCH;
        }
        s.tokenStart = start;
        s.tokenEnd = end;
        return Scanner.FOUND;
    }
}
