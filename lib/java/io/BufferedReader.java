import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.stream.LimeStreams;
import java.util.stream.Stream;

/* java.io.BufferedReader: lines of a Reader. */
public class BufferedReader extends Reader {
    private final Reader in;
    private int peeked = -2;
    public BufferedReader(Reader in) { this.in = in; }
    public int read() throws IOException {
        if (peeked != -2) {
            int c = peeked;
            peeked = -2;
            return c;
        }
        return in.read();
    }
    /* a line without its terminator (\n, \r or \r\n); null at the end */
    public String readLine() throws IOException {
        int c = read();
        if (c < 0) return null;
        StringBuilder b = new StringBuilder();
        while (c >= 0 && c != '\n' && c != '\r') {
            b.append((char) c);
            c = read();
        }
        if (c == '\r') {
            int d = read();
            if (d != '\n') peeked = d;
        }
        return b.toString();
    }
    /* the lines still to read, read as the stream asks for them; an
     * IOException is thrown as an UncheckedIOException */
    public Stream<String> lines() {
        return LimeStreams.of(new Iterator<String>() {
            private String next;   /* a line read ahead by hasNext, or null */
            public boolean hasNext() {
                if (next != null) return true;
                try {
                    next = readLine();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return next != null;
            }
            public String next() {
                if (!hasNext()) throw new NoSuchElementException();
                String line = next;
                next = null;
                return line;
            }
        });
    }
    public void close() throws IOException { in.close(); }
}
