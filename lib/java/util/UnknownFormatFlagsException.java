/* java.util.UnknownFormatFlagsException (its message as the JDK's getMessage gives it). */
public class UnknownFormatFlagsException extends IllegalFormatException {
    public UnknownFormatFlagsException(String f) { super("Flags = " + f); }
    UnknownFormatFlagsException(String message, boolean asIs) { super(message); }
}
