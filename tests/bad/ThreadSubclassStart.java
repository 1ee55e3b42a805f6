// error: Object.notify() is Java's but not in Lime's library
public class ThreadSubclassStart extends Thread {
    public void run() { System.out.println("running"); }
    synchronized void wake() { notify(); } // <-- error
    public static void main(String[] args) throws InterruptedException {
        ThreadSubclassStart worker = new ThreadSubclassStart();
        worker.start();
        worker.join();
        new Object().wait(10);
        int rejected = "javac rejects this line";
    }
}
