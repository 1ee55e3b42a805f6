public interface AutoCloseable {
    void close() throws Exception;
}
