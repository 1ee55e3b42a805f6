// error: Thread.start() is Java's but not in Lime's library
public class ThreadStart {
    public static void main(String[] args) throws InterruptedException {
        Thread worker = new Thread(() -> System.out.println("working"));
        worker.start(); // <-- error
        worker.join();
        int rejected = "javac rejects this line";
    }
}
