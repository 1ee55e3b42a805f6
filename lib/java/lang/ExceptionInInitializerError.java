/* java.lang.ExceptionInInitializerError: what a static initialiser that
 * ended with an exception other than an Error throws (JLS 12.4.2; made by
 * LimeExceptions.initializerFailed).  The cause is fixed when it is made. */
public class ExceptionInInitializerError extends LinkageError {
    public ExceptionInInitializerError() { super(null, null); }
    public ExceptionInInitializerError(String message) { super(message, null); }
    public ExceptionInInitializerError(Throwable thrown) { super(null, thrown); }
    public Throwable getException() { return getCause(); }
}
