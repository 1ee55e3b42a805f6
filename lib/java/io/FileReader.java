/* java.io.FileReader: a file's chars, decoded as UTF-8 (the default charset). */
public class FileReader extends InputStreamReader {
    public FileReader(String fileName) throws FileNotFoundException { super(new FileInputStream(fileName)); }
    public FileReader(File file) throws FileNotFoundException { super(new FileInputStream(file)); }
}
