/* java.lang.NoClassDefFoundError: Lime throws it where a class whose
 * initialisation failed earlier is used again (LimeExceptions.couldNotInitialize). */
public class NoClassDefFoundError extends LinkageError {
    public NoClassDefFoundError() { super(); }
    public NoClassDefFoundError(String message) { super(message); }
}
