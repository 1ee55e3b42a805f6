/* java.util.IllegalFormatCodePointException (its message as the JDK's getMessage gives it). */
public class IllegalFormatCodePointException extends IllegalFormatException {
    public IllegalFormatCodePointException(int c) { super("Code point = 0x" + Integer.toHexString(c)); }
    IllegalFormatCodePointException(String message, boolean asIs) { super(message); }
}
