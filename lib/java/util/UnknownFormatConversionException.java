/* java.util.UnknownFormatConversionException (its message as the JDK's getMessage gives it). */
public class UnknownFormatConversionException extends IllegalFormatException {
    public UnknownFormatConversionException(String s) { super("Conversion = '" + s + "'"); }
    UnknownFormatConversionException(String message, boolean asIs) { super(message); }
}
