/* java.time.DateTimeException: a date that cannot be made or computed. */
public class DateTimeException extends RuntimeException {
    public DateTimeException(String message) { super(message); }
    public DateTimeException(String message, Throwable cause) { super(message, cause); }
}
