/* java.util.IllegalFormatArgumentIndexException (package-private in the
 * JDK too). */
class IllegalFormatArgumentIndexException extends IllegalFormatException {
    IllegalFormatArgumentIndexException(String message, boolean asIs) { super(message); }
}
