/* java.util.IllegalFormatException: the superclass of the exceptions a
 * format string or its arguments cause (runtime/format.c throws them by
 * name; FormatExceptions makes the objects). */
public class IllegalFormatException extends IllegalArgumentException {
    private final String text;
    IllegalFormatException(String text) { this.text = text; }
    public String getMessage() { return text; }
}
