/* java.util.MissingFormatArgumentException (its message as the JDK's getMessage gives it). */
public class MissingFormatArgumentException extends IllegalFormatException {
    public MissingFormatArgumentException(String s) { super("Format specifier '" + s + "'"); }
    MissingFormatArgumentException(String message, boolean asIs) { super(message); }
}
