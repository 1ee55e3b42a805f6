/* java.util.MissingFormatWidthException (its message as the JDK's getMessage gives it). */
public class MissingFormatWidthException extends IllegalFormatException {
    public MissingFormatWidthException(String s) { super(s); }
    MissingFormatWidthException(String message, boolean asIs) { super(message); }
}
