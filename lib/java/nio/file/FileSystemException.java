/* java.nio.file.FileSystemException: a failed operation on a file (and
 * another one); the message is "file -> other: reason", each part where
 * present. */
public class FileSystemException extends java.io.IOException {
    private final String file, other;

    public FileSystemException(String file) { this(file, null, null); }
    public FileSystemException(String file, String other, String reason) {
        super(reason);
        this.file = file;
        this.other = other;
    }
    public String getFile() { return file; }
    public String getOtherFile() { return other; }
    public String getReason() { return super.getMessage(); }
    public String getMessage() {
        if (file == null && other == null) return getReason();
        StringBuilder b = new StringBuilder();
        if (file != null) b.append(file);
        if (other != null) b.append(" -> ").append(other);
        if (getReason() != null) b.append(": ").append(getReason());
        return b.toString();
    }
}
