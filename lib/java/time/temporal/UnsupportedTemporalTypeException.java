/* java.time.temporal.UnsupportedTemporalTypeException: a unit or field the
 * date does not have (a time unit of a LocalDate). */
public class UnsupportedTemporalTypeException extends java.time.DateTimeException {
    public UnsupportedTemporalTypeException(String message) { super(message); }
    public UnsupportedTemporalTypeException(String message, Throwable cause) { super(message, cause); }
}
