public class IllegalMonitorStateException extends RuntimeException {
    public IllegalMonitorStateException() { super(); }
    public IllegalMonitorStateException(String s) { super(s); }
}
