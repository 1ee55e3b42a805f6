/* java.util.IllegalFormatPrecisionException (its message as the JDK's getMessage gives it). */
public class IllegalFormatPrecisionException extends IllegalFormatException {
    public IllegalFormatPrecisionException(int p) { super(Integer.toString(p)); }
    IllegalFormatPrecisionException(String message, boolean asIs) { super(message); }
}
