/* java.io.PrintStream, as JDK 17's: text encoded as UTF-8 (the JVM's
 * default charset on Linux) by an OutputStreamWriter into out; errors set
 * checkError() instead of throwing.
 *
 * System.out and System.err are the two objects lime$stdout() and
 * lime$stderr() return (the checker makes System.out a call of it where it
 * is a value).  Their text and bytes go to the runtime's buffered streams
 * (runtime/print.c), the ones the direct calls System.out.println(x) write
 * to, so the two kinds of call keep their order; their out is null and std
 * names the stream.  As on the JVM (a BufferedOutputStream of 128 bytes
 * under an autoflushing PrintStream), bytes of write(int) are held until
 * a newline, a flush or any other output, and lost at exit otherwise. */
public class PrintStream extends FilterOutputStream {
    private static PrintStream stdout, stderr;

    private final boolean autoFlush;
    private boolean trouble;
    private final int std;              /* 1: System.out, 2: System.err, 0: another stream */
    private final boolean plain;        /* the class is PrintStream itself, no subclass */
    private OutputStreamWriter charOut; /* the text encoder (not for std); null once closed */
    private boolean closing;

    public static PrintStream lime$stdout() {
        if (stdout == null) stdout = new PrintStream(1);
        return stdout;
    }
    public static PrintStream lime$stderr() {
        if (stderr == null) stderr = new PrintStream(2);
        return stderr;
    }

    private PrintStream(int std) {
        super(null);
        this.std = std;
        autoFlush = true;
        plain = true;
    }
    public PrintStream(OutputStream out) { this(out, false); }
    /* a new file (truncated if there), unbuffered, without autoflush */
    public PrintStream(String fileName) throws FileNotFoundException { this(new FileOutputStream(fileName), false); }
    public PrintStream(File file) throws FileNotFoundException { this(new FileOutputStream(file), false); }
    public PrintStream(OutputStream out, boolean autoFlush) {
        super(java.util.Objects.requireNonNull(out, "Null output stream"));
        this.autoFlush = autoFlush;
        std = 0;
        plain = getClass().getName().equals("java.io.PrintStream");
        charOut = new OutputStreamWriter(this);
    }

    /* the runtime's System.out (fd 1) and System.err (fd 2): runtime/print.c */
    private static native void stdPrint(int fd, String s);
    private static native void stdPrintln(int fd, String s);
    private static native void stdWrite(int fd, int b);
    private static native void stdWriteBytes(int fd, byte[] b, int off, int len);
    private static native void stdFlush(int fd);
    private static native void stdClose(int fd);
    private static native boolean stdError(int fd);
    private static native void stdFormat(int fd, String format, Object[] args);
    /* String.format's text, or on a bad specifier the text before it with
     * the exception kept for throwFormatError (runtime/format.c) */
    static native String formatPrefix(String format, Object[] args);
    static native void throwFormatError();
    /* the same for java.util.Formatter (the lime$ names are Lime's own) */
    public static String lime$formatPrefix(String format, Object[] args) { return formatPrefix(format, args); }
    public static void lime$throwFormatError() { throwFormatError(); }

    private void ensureOpen() throws IOException {
        if (out == null) throw new IOException("Stream closed");
    }

    public void flush() {
        if (std != 0) {
            stdFlush(std);
            return;
        }
        try {
            ensureOpen();
            out.flush();
        } catch (IOException x) {
            trouble = true;
        }
    }
    /* a waiting high surrogate becomes '?', then out is flushed and closed */
    public void close() {
        if (std != 0) {
            stdClose(std);
            return;
        }
        if (closing) return;
        closing = true;
        try {
            charOut.close();
            out.close();
        } catch (IOException x) {
            trouble = true;
        }
        charOut = null;
        out = null;
    }
    public boolean checkError() {
        if (std != 0) return stdError(std) || trouble;
        if (out != null) flush();
        if (out instanceof PrintStream) return ((PrintStream) out).checkError();
        return trouble;
    }
    protected void setError() { trouble = true; }
    protected void clearError() { trouble = false; }

    /* ---- bytes ---- */

    public void write(int b) {
        if (std != 0) {
            stdWrite(std, b);
            return;
        }
        try {
            ensureOpen();
            out.write(b);
            if ((b == '\n') && autoFlush) out.flush();
        } catch (IOException x) {
            trouble = true;
        }
    }
    public void write(byte[] buf, int off, int len) {
        if (std != 0) {
            stdCheckRange(buf, off, len);
            stdWriteBytes(std, buf, off, len);
            return;
        }
        try {
            ensureOpen();
            out.write(buf, off, len);
            if (autoFlush) out.flush();
        } catch (IOException x) {
            trouble = true;
        }
    }
    /* the JVM's checks for System.out's bytes: a run shorter than its
     * 128-byte buffer is copied into it (System.arraycopy's exceptions),
     * a longer one goes to the file (no message) */
    private static void stdCheckRange(byte[] buf, int off, int len) {
        if (len < 128) System.arraycopy(buf, off, new byte[128], 0, len);
        else if (off < 0 || off > buf.length - len) throw new IndexOutOfBoundsException();
    }
    public void write(byte[] buf) throws IOException { this.write(buf, 0, buf.length); }
    public void writeBytes(byte[] buf) { this.write(buf, 0, buf.length); }

    /* ---- text ---- */

    private void writeText(String s) {
        if (std != 0) {
            stdPrint(std, s);
            return;
        }
        try {
            ensureOpen();
            charOut.write(s);
            charOut.flushBuffer();
            if (autoFlush && (s.indexOf('\n') >= 0)) out.flush();
        } catch (IOException x) {
            trouble = true;
        }
    }
    private void writeChars(char[] buf) {
        if (std != 0) {
            stdPrint(std, new String(buf));
            return;
        }
        try {
            ensureOpen();
            charOut.write(buf);
            charOut.flushBuffer();
            if (autoFlush) {
                for (int i = 0; i < buf.length; i++)
                    if (buf[i] == '\n') {
                        out.flush();
                        break;
                    }
            }
        } catch (IOException x) {
            trouble = true;
        }
    }
    /* s and a line end in one go (println on a PrintStream that is no subclass) */
    private void writeln(String s) {
        if (std != 0) {
            stdPrintln(std, s);
            return;
        }
        try {
            ensureOpen();
            charOut.write(s);
            charOut.write('\n');
            charOut.flushBuffer();
            if (autoFlush) out.flush();
        } catch (IOException x) {
            trouble = true;
        }
    }
    private void newLine() { writeln(""); }

    public void print(boolean b) { writeText(String.valueOf(b)); }
    public void print(char c) { writeText(String.valueOf(c)); }
    public void print(int i) { writeText(String.valueOf(i)); }
    public void print(long l) { writeText(String.valueOf(l)); }
    public void print(float f) { writeText(String.valueOf(f)); }
    public void print(double d) { writeText(String.valueOf(d)); }
    public void print(char[] s) { writeChars(s); }
    public void print(String s) { writeText(String.valueOf(s)); }
    public void print(Object obj) { writeText(String.valueOf(obj)); }

    /* a subclass sees println(x) as print(x) then println() */
    public void println() { newLine(); }
    public void println(boolean x) {
        if (plain) writeln(String.valueOf(x));
        else { print(x); newLine(); }
    }
    public void println(char x) {
        if (plain) writeln(String.valueOf(x));
        else { print(x); newLine(); }
    }
    public void println(int x) {
        if (plain) writeln(String.valueOf(x));
        else { print(x); newLine(); }
    }
    public void println(long x) {
        if (plain) writeln(String.valueOf(x));
        else { print(x); newLine(); }
    }
    public void println(float x) {
        if (plain) writeln(String.valueOf(x));
        else { print(x); newLine(); }
    }
    public void println(double x) {
        if (plain) writeln(String.valueOf(x));
        else { print(x); newLine(); }
    }
    public void println(char[] x) {
        if (plain) writeln(new String(x));
        else { print(x); newLine(); }
    }
    public void println(String x) {
        if (plain) writeln(String.valueOf(x));
        else { print(x); newLine(); }
    }
    public void println(Object x) {
        String s = String.valueOf(x);
        if (plain) writeln(s);
        else {
            print(s);
            newLine();
        }
    }

    public PrintStream printf(String format, Object... args) { return format(format, args); }
    /* English formats only (Locale.lime$formats: others throw) */
    public PrintStream printf(java.util.Locale l, String format, Object... args) { return format(l, format, args); }
    public PrintStream format(java.util.Locale l, String format, Object... args) {
        java.util.Locale.lime$formats(l);
        return format(format, args);
    }
    /* the text before a bad specifier is printed, then its exception thrown */
    public PrintStream format(String format, Object... args) {
        if (std != 0) {
            stdFormat(std, format, args);
            return this;
        }
        try {
            ensureOpen();
            append(formatPrefix(format, args));
            throwFormatError();
        } catch (IOException x) {
            trouble = true;
        }
        return this;
    }

    public PrintStream append(CharSequence csq) {
        print(String.valueOf(csq));
        return this;
    }
    public PrintStream append(CharSequence csq, int start, int end) {
        return append((csq == null ? "null" : csq).subSequence(start, end));
    }
    public PrintStream append(char c) {
        print(c);
        return this;
    }
}
