/* java.util.IllegalFormatFlagsException (its message as the JDK's getMessage gives it). */
public class IllegalFormatFlagsException extends IllegalFormatException {
    public IllegalFormatFlagsException(String f) { super("Flags = '" + f + "'"); }
    IllegalFormatFlagsException(String message, boolean asIs) { super(message); }
}
