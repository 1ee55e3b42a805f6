/* java.lang.Throwable: a message and a cause, as the JVM's.  The stack
 * trace is not recorded: printStackTrace prints the first line and the
 * causes. */
public class Throwable {
    private String detailMessage;
    private Throwable cause = this;
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
    public String toString() {
        String message = getLocalizedMessage();
        String name = getClass().getName();
        return message != null ? name + ": " + message : name;
    }
    public void printStackTrace() {
        System.err.println(this);
        Throwable c = getCause();
        while (c != null) {
            System.err.println("Caused by: " + c);
            c = c.getCause();
        }
    }
}
