/* java.util.DuplicateFormatFlagsException (its message as the JDK's getMessage gives it). */
public class DuplicateFormatFlagsException extends IllegalFormatException {
    public DuplicateFormatFlagsException(String f) { super("Flags = '" + f + "'"); }
    DuplicateFormatFlagsException(String message, boolean asIs) { super(message); }
}
