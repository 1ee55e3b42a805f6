/* java.lang.Throwable: a message, a cause, suppressed exceptions and the
 * stack trace, as the JVM's.  The trace is captured when the Throwable is
 * made (fillInStackTrace: the code addresses of the thread's frames, by
 * the runtime, runtime/trace.c) and turned into StackTraceElements only
 * when someone asks (getStackTrace, printStackTrace).  Frames are those
 * of the program's own methods (the library's are not shown). */
public class Throwable {
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
     * reference. */
    public void printStackTrace() {
        Throwable[] seen = new Throwable[] { this };
        System.err.println(this);
        StackTraceElement[] trace = ourStackTrace();
        for (StackTraceElement frame : trace) System.err.println("\tat " + frame);
        printRelated(trace, "", seen);
    }
    private void printRelated(StackTraceElement[] trace, String prefix, Throwable[] seen) {
        for (Throwable s : suppressed) seen = s.printEnclosed(trace, "Suppressed: ", prefix + "\t", seen);
        Throwable c = getCause();
        if (c != null) c.printEnclosed(trace, "Caused by: ", prefix, seen);
    }
    private Throwable[] printEnclosed(StackTraceElement[] enclosing, String caption, String prefix, Throwable[] seen) {
        for (Throwable t : seen)
            if (t == this) {
                System.err.println(prefix + caption + "[CIRCULAR REFERENCE: " + this + "]");
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
        System.err.println(prefix + caption + this);
        for (int i = 0; i <= m; i++) System.err.println(prefix + "\tat " + trace[i]);
        if (inCommon != 0) System.err.println(prefix + "\t... " + inCommon + " more");
        printRelated(trace, prefix, more);
        return more;
    }

    /* The runtime's report of an exception main did not catch, after
     * `Exception in thread "main" ` (runtime/exceptions.c). */
    static void printUncaught(Throwable t) { t.printStackTrace(); }
}
