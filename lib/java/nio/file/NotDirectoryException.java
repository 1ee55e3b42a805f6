public class NotDirectoryException extends FileSystemException {
    public NotDirectoryException(String file) { super(file); }
}
