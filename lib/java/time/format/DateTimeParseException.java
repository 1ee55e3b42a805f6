/* java.time.format.DateTimeParseException: text that does not parse, with
 * the text and the index of the error (0 where the fields parsed but make
 * no date). */
public class DateTimeParseException extends java.time.DateTimeException {
    private final String parsedString;
    private final int errorIndex;

    public DateTimeParseException(String message, CharSequence parsedData, int errorIndex) {
        super(message);
        this.parsedString = parsedData.toString();
        this.errorIndex = errorIndex;
    }
    public DateTimeParseException(String message, CharSequence parsedData, int errorIndex, Throwable cause) {
        super(message, cause);
        this.parsedString = parsedData.toString();
        this.errorIndex = errorIndex;
    }
    public String getParsedString() { return parsedString; }
    public int getErrorIndex() { return errorIndex; }
}
