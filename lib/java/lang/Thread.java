/* java.lang.Thread: the one thread that runs a program's Java code
 * (Lime's parallelism is its tasks, LANGUAGE.md 2), so what that thread
 * can ask of itself: sleep, its name, its interrupt flag, yield.  Thread
 * objects can be made (and subclassed) and run() called, but start() and
 * join() are "Java's but not in Lime's library" at compile time. */
public class Thread implements Runnable {
    private static final Thread main = new Thread(null, "main");
    private static int made;   /* the JDK's threadInitNumber: Thread-0, Thread-1, ... */
    private final Runnable target;
    private String name;
    private boolean interrupted;

    public Thread() { this(null, "Thread-" + made++); }
    public Thread(Runnable target) { this(target, "Thread-" + made++); }
    public Thread(String name) { this(null, name); }
    public Thread(Runnable target, String name) {
        if (name == null) throw new NullPointerException("name cannot be null");
        this.target = target;
        this.name = name;
    }

    public static Thread currentThread() { return main; }
    public static void sleep(long millis) throws InterruptedException { sleep(millis, 0); }
    public static void sleep(long millis, int nanos) throws InterruptedException {
        if (millis < 0) throw new IllegalArgumentException("timeout value is negative");
        if (nanos < 0 || nanos > 999999) throw new IllegalArgumentException("nanosecond timeout value out of range");
        if (main.interrupted) {
            main.interrupted = false;
            throw new InterruptedException("sleep interrupted");
        }
        sleepNanos(millis, nanos);
    }
    private static native void sleepNanos(long millis, int nanos);
    public static void yield() { }
    /* whether the thread holds o's monitor (a synchronized statement or method on o) */
    public static boolean holdsLock(Object o) {
        if (o == null) throw new NullPointerException();
        return LimeMonitors.holds(o);
    }
    public static void onSpinWait() { }
    public static boolean interrupted() {
        boolean was = main.interrupted;
        main.interrupted = false;
        return was;
    }

    public void run() { if (target != null) target.run(); }
    public void interrupt() { interrupted = true; }
    public boolean isInterrupted() { return interrupted; }
    public final String getName() { return name; }
    public final void setName(String name) {
        if (name == null) throw new NullPointerException("name cannot be null");
        this.name = name;
    }
    public final int getPriority() { return 5; }
    public final boolean isDaemon() { return false; }
    /* only the main thread ever runs */
    public final boolean isAlive() { return this == main; }
    public String toString() { return "Thread[" + name + ",5,main]"; }
}
