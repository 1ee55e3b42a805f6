public class ThreadOfMain {
    static class Worker extends Thread { public void run() { System.out.println("run in " + getName()); } }
    public static void main(String[] args) throws InterruptedException {
        long t0 = System.nanoTime();
        Thread.sleep(120);
        Thread.sleep(0, 500000);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.println(ms >= 120 && ms < 2000);
        Thread me = Thread.currentThread();
        System.out.println(me.getName() + " " + me + " " + me.getPriority() + " " + me.isDaemon() + " " + me.isAlive() + " " + me.isInterrupted());
        me.interrupt();
        System.out.println(me.isInterrupted() + " " + Thread.interrupted() + " " + Thread.interrupted());
        me.interrupt();
        try { Thread.sleep(5000); } catch (InterruptedException e) { System.out.println("caught: " + e.getMessage() + " " + me.isInterrupted()); }
        for (long bad : new long[] {-1}) {
            try { Thread.sleep(bad); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        }
        try { Thread.sleep(1, 1000000); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        Thread.yield(); Thread.onSpinWait();
        Runnable r = Thread.currentThread();
        System.out.println(r instanceof Thread);
        ThreadOfMainMore.more();
    }
}
class ThreadOfMainMore {
    static void more() {
        Thread a = new Thread(() -> System.out.println("target ran"));
        Thread b = new ThreadOfMain.Worker();
        Thread c = new Thread("named");
        a.run(); b.run(); c.run();
        c.setName("renamed");
        System.out.println(a.getName() + " " + b.getName() + " " + c + " " + a.isAlive() + " " + b.isInterrupted());
        try { new Thread((Runnable) null, null); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
    }
}
