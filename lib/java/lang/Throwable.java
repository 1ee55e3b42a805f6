/* java.lang.Throwable: a message and a cause, as the JVM's.  The stack
 * trace is not recorded: printStackTrace prints the first line and the
 * causes. */
public class Throwable {
    private String detailMessage;
    private Throwable cause = this;
    private Throwable[] suppressed = new Throwable[0];
    public Throwable() {}
    public Throwable(String message) { detailMessage = message; }
    public Throwable(String message, Throwable cause) { detailMessage = message; this.cause = cause; }
    public Throwable(Throwable cause) {
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
    public void printStackTrace() {
        System.err.println(this);
        for (Throwable t : suppressed) System.err.println("\tSuppressed: " + t);
        Throwable c = getCause();
        while (c != null) {
            System.err.println("Caused by: " + c);
            c = c.getCause();
        }
    }
}
