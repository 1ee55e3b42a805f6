public abstract class Reader implements AutoCloseable {
    public abstract int read() throws IOException;
    public void close() throws IOException {}
}
