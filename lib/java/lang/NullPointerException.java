public class NullPointerException extends RuntimeException {
    /* the message is the runtime's helpful one (JEP 358), which the JVM
     * computes when asked and does not keep as the detail message */
    boolean messageComputed;
    public NullPointerException() { super(); }
    public NullPointerException(String message) { super(message); }
}
