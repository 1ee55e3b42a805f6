/* java.util.Formatter: printf-style text appended to a destination, a
 * StringBuilder (its own by default, or one given), a StringBuffer or a
 * PrintStream.  Each format(...) appends String.format's text; a bad
 * specifier throws after the text before it was appended, as the JDK's
 * formatter prints conversion by conversion (PrintStream.lime$formatPrefix).
 * English formats only (Locale.lime$formats).  Destinations through the
 * Appendable interface or a file are not in Lime's library. */
public final class Formatter implements java.io.Closeable, java.io.Flushable {
    private final StringBuilder builder;      /* exactly one of the three destinations */
    private final StringBuffer buffer;
    private final java.io.PrintStream stream;
    private final Locale locale;
    private boolean closed;

    public Formatter() { this(new StringBuilder(), Locale.getDefault()); }
    public Formatter(Locale l) { this(new StringBuilder(), l); }
    public Formatter(StringBuilder sb) { this(sb, Locale.getDefault()); }
    public Formatter(StringBuilder sb, Locale l) {
        builder = sb != null ? sb : new StringBuilder();
        buffer = null;
        stream = null;
        locale = l;
    }
    public Formatter(StringBuffer sb) { this(sb, Locale.getDefault()); }
    public Formatter(StringBuffer sb, Locale l) {
        builder = sb != null ? null : new StringBuilder();
        buffer = sb;
        stream = null;
        locale = l;
    }
    public Formatter(java.io.PrintStream ps) {
        builder = null;
        buffer = null;
        stream = Objects.requireNonNull(ps);
        locale = Locale.getDefault();
    }

    private void ensureOpen() {
        if (closed) throw new FormatterClosedException();
    }
    private void append(String s) {
        if (builder != null) builder.append(s);
        else if (buffer != null) buffer.append(s);
        else stream.print(s);
    }

    public Locale locale() {
        ensureOpen();
        return locale;
    }
    /* the destination */
    public Object out() {
        ensureOpen();
        return builder != null ? builder : buffer != null ? (Object) buffer : stream;
    }
    public String toString() {
        ensureOpen();
        return builder != null ? builder.toString() : buffer != null ? buffer.toString() : stream.toString();
    }
    public Formatter format(String format, Object... args) { return format(locale, format, args); }
    public Formatter format(Locale l, String format, Object... args) {
        ensureOpen();
        Locale.lime$formats(l);
        append(java.io.PrintStream.lime$formatPrefix(format, args));
        java.io.PrintStream.lime$throwFormatError();
        return this;
    }
    public void flush() {
        ensureOpen();
        if (stream != null) stream.flush();
    }
    public void close() {
        if (closed) return;
        closed = true;
        if (stream != null) stream.close();
    }
    /* the last IOException of the destination: none (a PrintStream keeps its own, checkError) */
    public java.io.IOException ioException() { return null; }
}
