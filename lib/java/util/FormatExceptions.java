/* The format exceptions the runtime throws (runtime/format.c: a name and
 * the message), as objects where a catch may see them; called by
 * java.lang.LimeExceptions.  Not a class of the JDK's. */
public final class FormatExceptions {
    private FormatExceptions() {}
    public static RuntimeException make(String name, String message) {
        switch (name) {
        case "java.util.DuplicateFormatFlagsException": return new DuplicateFormatFlagsException(message, true);
        case "java.util.FormatFlagsConversionMismatchException": return new FormatFlagsConversionMismatchException(message, true);
        case "java.util.IllegalFormatCodePointException": return new IllegalFormatCodePointException(message, true);
        case "java.util.IllegalFormatConversionException": return new IllegalFormatConversionException(message, true);
        case "java.util.IllegalFormatFlagsException": return new IllegalFormatFlagsException(message, true);
        case "java.util.IllegalFormatPrecisionException": return new IllegalFormatPrecisionException(message, true);
        case "java.util.IllegalFormatWidthException": return new IllegalFormatWidthException(message, true);
        case "java.util.MissingFormatArgumentException": return new MissingFormatArgumentException(message, true);
        case "java.util.MissingFormatWidthException": return new MissingFormatWidthException(message, true);
        case "java.util.UnknownFormatConversionException": return new UnknownFormatConversionException(message, true);
        case "java.util.UnknownFormatFlagsException": return new UnknownFormatFlagsException(message, true);
        case "java.util.IllegalFormatArgumentIndexException": return new IllegalFormatArgumentIndexException(message, true);
        default: return null;
        }
    }
}
