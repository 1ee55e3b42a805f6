public interface Runnable {
    void run();
}
