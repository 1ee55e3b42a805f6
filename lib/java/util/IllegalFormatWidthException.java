/* java.util.IllegalFormatWidthException (its message as the JDK's getMessage gives it). */
public class IllegalFormatWidthException extends IllegalFormatException {
    public IllegalFormatWidthException(int w) { super(Integer.toString(w)); }
    IllegalFormatWidthException(String message, boolean asIs) { super(message); }
}
