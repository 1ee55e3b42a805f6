/* java.io.PrintWriter, as JDK 17's: print, println, printf and format to a
 * Writer; errors set checkError() instead of throwing.  Made from an
 * OutputStream it writes through new BufferedWriter(new
 * OutputStreamWriter(out)), so its text reaches the stream only on flush,
 * close, autoflush (println, printf, format) or a full buffer, exactly as
 * on the JVM: a program that never flushes prints nothing. */
public class PrintWriter extends Writer {
    protected Writer out;
    private final boolean autoFlush;
    private boolean trouble;
    private PrintStream psOut;   /* the stream it was made from, when a PrintStream */

    public PrintWriter(Writer out) { this(out, false); }
    public PrintWriter(Writer out, boolean autoFlush) {
        super(out);
        this.out = out;
        this.autoFlush = autoFlush;
    }
    public PrintWriter(OutputStream out) { this(out, false); }
    public PrintWriter(OutputStream out, boolean autoFlush) {
        this(new BufferedWriter(new OutputStreamWriter(out)), autoFlush);
        if (out instanceof PrintStream) psOut = (PrintStream) out;
    }
    /* a new file (truncated if there), without autoflush */
    public PrintWriter(String fileName) throws FileNotFoundException { this(new FileOutputStream(fileName), false); }
    public PrintWriter(File file) throws FileNotFoundException { this(new FileOutputStream(file), false); }

    private void ensureOpen() throws IOException {
        if (out == null) throw new IOException("Stream closed");
    }
    public void flush() {
        try {
            ensureOpen();
            out.flush();
        } catch (IOException x) {
            trouble = true;
        }
    }
    public void close() {
        try {
            if (out == null) return;
            out.close();
            out = null;
        } catch (IOException x) {
            trouble = true;
        }
    }
    public boolean checkError() {
        if (out != null) flush();
        if (out instanceof PrintWriter) return ((PrintWriter) out).checkError();
        if (psOut != null) return psOut.checkError();
        return trouble;
    }
    protected void setError() { trouble = true; }
    protected void clearError() { trouble = false; }

    public void write(int c) {
        try {
            ensureOpen();
            out.write(c);
        } catch (IOException x) {
            trouble = true;
        }
    }
    public void write(char[] buf, int off, int len) {
        try {
            ensureOpen();
            out.write(buf, off, len);
        } catch (IOException x) {
            trouble = true;
        }
    }
    public void write(char[] buf) { write(buf, 0, buf.length); }
    public void write(String s, int off, int len) {
        try {
            ensureOpen();
            out.write(s, off, len);
        } catch (IOException x) {
            trouble = true;
        }
    }
    public void write(String s) { write(s, 0, s.length()); }
    private void newLine() {
        try {
            ensureOpen();
            out.write("\n");
            if (autoFlush) out.flush();
        } catch (IOException x) {
            trouble = true;
        }
    }

    public void print(boolean b) { write(String.valueOf(b)); }
    public void print(char c) { write(c); }
    public void print(int i) { write(String.valueOf(i)); }
    public void print(long l) { write(String.valueOf(l)); }
    public void print(float f) { write(String.valueOf(f)); }
    public void print(double d) { write(String.valueOf(d)); }
    public void print(char[] s) { write(s); }
    public void print(String s) { write(String.valueOf(s)); }
    public void print(Object obj) { write(String.valueOf(obj)); }

    public void println() { newLine(); }
    public void println(boolean x) { print(x); println(); }
    public void println(char x) { print(x); println(); }
    public void println(int x) { print(x); println(); }
    public void println(long x) { print(x); println(); }
    public void println(float x) { print(x); println(); }
    public void println(double x) { print(x); println(); }
    public void println(char[] x) { print(x); println(); }
    public void println(String x) { print(x); println(); }
    public void println(Object x) {
        String s = String.valueOf(x);
        print(s);
        println();
    }

    public PrintWriter printf(String format, Object... args) { return format(format, args); }
    /* English formats only (Locale.lime$formats: others throw) */
    public PrintWriter printf(java.util.Locale l, String format, Object... args) { return format(l, format, args); }
    public PrintWriter format(java.util.Locale l, String format, Object... args) {
        java.util.Locale.lime$formats(l);
        return format(format, args);
    }
    /* the text before a bad specifier is written, then its exception thrown */
    public PrintWriter format(String format, Object... args) {
        try {
            ensureOpen();
            append(PrintStream.formatPrefix(format, args));
            PrintStream.throwFormatError();
            if (autoFlush) out.flush();
        } catch (IOException x) {
            trouble = true;
        }
        return this;
    }

    public PrintWriter append(CharSequence csq) {
        write(String.valueOf(csq));
        return this;
    }
    public PrintWriter append(CharSequence csq, int start, int end) {
        return append((csq == null ? "null" : csq).subSequence(start, end));
    }
    public PrintWriter append(char c) {
        write(c);
        return this;
    }
}
