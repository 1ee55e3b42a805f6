/* java.io.StringReader: the chars of a string. Invariant: str is null once
 * closed (a read then throws IOException "Stream closed", as the JDK's). */
public class StringReader extends Reader {
    private String str;
    private final int length;
    private int next;   /* the index of the next char to read */

    public StringReader(String s) {
        this.length = s.length();
        this.str = s;
    }
    public int read() throws IOException {
        if (str == null) throw new IOException("Stream closed");
        return next < length ? str.charAt(next++) : -1;
    }
    public void close() { str = null; }
}
