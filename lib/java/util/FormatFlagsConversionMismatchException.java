/* java.util.FormatFlagsConversionMismatchException (its message as the JDK's getMessage gives it). */
public class FormatFlagsConversionMismatchException extends IllegalFormatException {
    public FormatFlagsConversionMismatchException(String f, char c) { super("Conversion = " + c + ", Flags = " + f); }
    FormatFlagsConversionMismatchException(String message, boolean asIs) { super(message); }
}
