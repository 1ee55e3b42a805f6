/* java.security.NoSuchAlgorithmException: MessageDigest.getInstance of an unknown name. */
public class NoSuchAlgorithmException extends GeneralSecurityException {
    public NoSuchAlgorithmException() { super(); }
    public NoSuchAlgorithmException(String message) { super(message); }
    public NoSuchAlgorithmException(String message, Throwable cause) { super(message, cause); }
    public NoSuchAlgorithmException(Throwable cause) { super(cause); }
}
