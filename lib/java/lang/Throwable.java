/* java.lang.Throwable: a message, a cause, suppressed exceptions and the
 * stack trace, as the JVM's.  The trace is captured when the Throwable is
 * made (fillInStackTrace: the code addresses of the thread's frames, by
 * the runtime, runtime/trace.c) and turned into StackTraceElements only
 * when someone asks (getStackTrace, printStackTrace).  Frames are those
 * of the program's own methods (the library's are not shown). */
public class Throwable implements java.io.Serializable {
    private String detailMessage;
    private Throwable cause = this;
    private Throwable[] suppressed = new Throwable[0];
    private long[] trace;                 /* code addresses, innermost first; null: not filled in */
    private StackTraceElement[] stackTrace;  /* trace symbolized, or set by setStackTrace */

    public Throwable() { fillInStackTrace(); }
    public Throwable(String message) {
        fillInStackTrace();
        detailMessage = message;
    }
    public Throwable(String message, Throwable cause) {
        fillInStackTrace();
        detailMessage = message;
        this.cause = cause;
    }
    public Throwable(Throwable cause) {
        fillInStackTrace();
        detailMessage = cause == null ? null : cause.toString();
        this.cause = cause;
    }
    public String getMessage() { return detailMessage; }
    /* the message it was made with, whatever getMessage says (the JVM's detail message) */
    final String madeWithMessage() { return detailMessage; }
    public String getLocalizedMessage() { return getMessage(); }
    public Throwable getCause() { return cause == this ? null : cause; }
    public Throwable initCause(Throwable cause) {
        if (this.cause != this) throw new IllegalStateException("Can't overwrite cause with " + String.valueOf(cause), this);
        if (cause == this) throw new IllegalArgumentException("Self-causation not permitted", this);
        this.cause = cause;
        return this;
    }
    public final void addSuppressed(Throwable exception) {
        if (exception == this) throw new IllegalArgumentException("Self-suppression not permitted", exception);
        if (exception == null) throw new NullPointerException("Cannot suppress a null exception.");
        Throwable[] more = new Throwable[suppressed.length + 1];
        for (int i = 0; i < suppressed.length; i++) more[i] = suppressed[i];
        more[suppressed.length] = exception;
        suppressed = more;
    }
    public final Throwable[] getSuppressed() {
        Throwable[] copy = new Throwable[suppressed.length];
        for (int i = 0; i < copy.length; i++) copy[i] = suppressed[i];
        return copy;
    }
    public String toString() {
        String message = getLocalizedMessage();
        String name = getClass().getName();
        return message != null ? name + ": " + message : name;
    }

    public Throwable fillInStackTrace() {
        trace = captureTrace();
        stackTrace = null;
        return this;
    }
    private static native long[] captureTrace();
    /* The runtime's rethrow, on the thread that ran a parallel map, of this
     * exception made by the map's body on another thread
     * (runtime/parallel.c, the hook lime_rt_rethrown_here): its trace
     * becomes the body's frames (which the runtime hands to captureTrace)
     * and this thread's, as a sequential run's; unless it has none or was
     * set by setStackTrace. */
    private void rethrownHere() {
        if (trace != null && stackTrace == null) trace = captureTrace();
    }
    /* {class, method, file, line} per frame, the constructors that made
     * this left out */
    private native String[] symbolizeTrace(long[] trace);

    private StackTraceElement[] ourStackTrace() {
        if (stackTrace == null) {
            if (trace == null) {
                stackTrace = new StackTraceElement[0];
            } else {
                String[] parts = symbolizeTrace(trace);
                stackTrace = new StackTraceElement[parts.length / 4];
                for (int i = 0; i < stackTrace.length; i++)
                    stackTrace[i] = new StackTraceElement(parts[4 * i], parts[4 * i + 1], parts[4 * i + 2],
                                                          Integer.parseInt(parts[4 * i + 3]));
            }
        }
        return stackTrace;
    }
    public StackTraceElement[] getStackTrace() {
        StackTraceElement[] ours = ourStackTrace();
        StackTraceElement[] copy = new StackTraceElement[ours.length];
        for (int i = 0; i < copy.length; i++) copy[i] = ours[i];
        return copy;
    }
    public void setStackTrace(StackTraceElement[] stackTrace) {
        StackTraceElement[] copy = new StackTraceElement[stackTrace.length];
        for (int i = 0; i < copy.length; i++) {
            if (stackTrace[i] == null) throw new NullPointerException("stackTrace[" + i + "]");
            copy[i] = stackTrace[i];
        }
        this.stackTrace = copy;
    }

    /* The format the javadoc of printStackTrace describes: this, its
     * frames, then each suppressed exception (indented by a tab) and the
     * cause, each without the frames it has in common with the trace that
     * encloses it ("... n more"); a throwable seen before is a circular
     * reference.  The three printStackTraces print the same text. */
    public void printStackTrace() { System.err.print(stackTraceText()); }
    public void printStackTrace(java.io.PrintStream s) { s.print(stackTraceText()); }
    public void printStackTrace(java.io.PrintWriter s) { s.print(stackTraceText()); }

    /* The lines of the text, kept in an array that grows (the text is
     * joined once: no StringBuilder, so a program that only throws stays
     * small) */
    private static final class Lines {
        String[] items = new String[16];
        int count;
        void add(String line) {
            if (count == items.length) {
                String[] more = new String[2 * count];
                for (int i = 0; i < count; i++) more[i] = items[i];
                items = more;
            }
            items[count++] = line;
        }
        String text() {
            String[] all = new String[count + 1];
            for (int i = 0; i < count; i++) all[i] = items[i];
            all[count] = "";
            return String.join("\n", all);
        }
    }

    private String stackTraceText() {
        Lines out = new Lines();
        Throwable[] seen = new Throwable[] { this };
        out.add(String.valueOf(this));
        StackTraceElement[] trace = ourStackTrace();
        for (StackTraceElement frame : trace) out.add("\tat " + frame);
        printRelated(out, trace, "", seen);
        return out.text();
    }
    private void printRelated(Lines out, StackTraceElement[] trace, String prefix, Throwable[] seen) {
        for (Throwable s : suppressed) seen = s.printEnclosed(out, trace, "Suppressed: ", prefix + "\t", seen);
        Throwable c = getCause();
        if (c != null) c.printEnclosed(out, trace, "Caused by: ", prefix, seen);
    }
    private Throwable[] printEnclosed(Lines out, StackTraceElement[] enclosing, String caption, String prefix,
                                      Throwable[] seen) {
        for (Throwable t : seen)
            if (t == this) {
                out.add(prefix + caption + "[CIRCULAR REFERENCE: " + this + "]");
                return seen;
            }
        Throwable[] more = new Throwable[seen.length + 1];
        for (int i = 0; i < seen.length; i++) more[i] = seen[i];
        more[seen.length] = this;
        StackTraceElement[] trace = ourStackTrace();
        int m = trace.length - 1, n = enclosing.length - 1;
        while (m >= 0 && n >= 0 && trace[m].equals(enclosing[n])) {
            m--;
            n--;
        }
        int inCommon = trace.length - 1 - m;
        out.add(prefix + caption + this);
        for (int i = 0; i <= m; i++) out.add(prefix + "\tat " + trace[i]);
        if (inCommon != 0) out.add(prefix + "\t... " + inCommon + " more");
        printRelated(out, trace, prefix, more);
        return more;
    }

    /* The runtime's report of an exception main did not catch, after
     * `Exception in thread "main" ` (runtime/exceptions.c). */
    static void printUncaught(Throwable t) { t.printStackTrace(); }
}
