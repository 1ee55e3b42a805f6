/* java.util.IllegalFormatConversionException (its message as the JDK's
 * getMessage gives it). */
public class IllegalFormatConversionException extends IllegalFormatException {
    public IllegalFormatConversionException(char c, Class arg) { super(c + " != " + arg.getName()); }
    IllegalFormatConversionException(String message, boolean asIs) { super(message); }
}
