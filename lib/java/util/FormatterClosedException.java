/* java.util.FormatterClosedException: a use of a closed Formatter. */
public class FormatterClosedException extends IllegalStateException {
    public FormatterClosedException() {}
}
