/* java.io.FileWriter: chars to a file, encoded as UTF-8 (the default charset). */
public class FileWriter extends OutputStreamWriter {
    public FileWriter(String fileName) throws IOException { super(new FileOutputStream(fileName)); }
    public FileWriter(String fileName, boolean append) throws IOException { super(new FileOutputStream(fileName, append)); }
    public FileWriter(File file) throws IOException { super(new FileOutputStream(file)); }
    public FileWriter(File file, boolean append) throws IOException { super(new FileOutputStream(file, append)); }
}
