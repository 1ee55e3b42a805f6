// error: Thread.start() is Java's but not in Lime's library
public class ThreadSubclassStart extends Thread {
    public void run() { System.out.println("running"); }
    synchronized void wake() { notify(); }
    public static void main(String[] args) throws InterruptedException {
        ThreadSubclassStart worker = new ThreadSubclassStart();
        worker.start(); // <-- error
        worker.join();
        new Object().wait(10);
        int rejected = "javac rejects this line";
    }
}
