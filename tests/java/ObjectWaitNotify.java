import java.util.*;
import java.util.function.*;

/* Object.wait/notify/notifyAll and Thread.holdsLock on the program's one
 * thread: the JDK's IllegalMonitorStateException outside a synchronized
 * statement or method of the object, its argument checks, timed waits,
 * the interrupt flag; monitors released on every way out of a block. */
public class ObjectWaitNotify {
    static final Object LOCK = new Object();
    int count;

    static void show(String what, Runnable r) {
        try {
            r.run();
            System.out.println(what + ": ok");
        } catch (RuntimeException e) {
            System.out.println(what + ": " + e);
        }
    }
    interface Waiter { void run() throws InterruptedException; }
    static void waits(String what, Waiter w) {
        try {
            w.run();
            System.out.println(what + ": ok");
        } catch (InterruptedException e) {
            System.out.println(what + ": " + e + " interrupted now " + Thread.currentThread().isInterrupted());
        } catch (RuntimeException e) {
            System.out.println(what + ": " + e);
        }
    }

    synchronized void inc() {
        count++;
        notifyAll();
        System.out.println("inc holds this " + Thread.holdsLock(this) + " LOCK " + Thread.holdsLock(LOCK));
    }
    synchronized int get() {
        notify();
        return count;
    }
    static synchronized void staticSync() {
        ObjectWaitNotify.class.notify();
        System.out.println("static holds class " + Thread.holdsLock(ObjectWaitNotify.class));
    }
    static synchronized int throwing(int x) {
        if (x > 0) throw new IllegalStateException("from synchronized " + x);
        return x;
    }
    synchronized String early(int x) {
        for (int i = 0; ; i++) {
            synchronized (LOCK) {
                if (i == x) return "returned at " + i + " " + Thread.holdsLock(LOCK);
                if (i % 2 == 0) continue;
                LOCK.notify();
            }
        }
    }
    ObjectWaitNotify() {
        synchronized (this) {
            notify();
            count = 1;
        }
    }

    public static void main(String[] args) throws Exception {
        Object o = new Object();
        show("notify outside", () -> o.notify());
        show("notifyAll outside", () -> o.notifyAll());
        waits("wait outside", () -> o.wait());
        waits("wait(10) outside", () -> o.wait(10));
        waits("wait(-1) outside", () -> o.wait(-1));
        waits("wait(1, 1000000) outside", () -> o.wait(1, 1000000));
        waits("wait(-5, 0) outside", () -> o.wait(-5, 0));
        waits("wait(1, -1) outside", () -> o.wait(1, -1));
        System.out.println("holds " + Thread.holdsLock(o));
        synchronized (o) {
            System.out.println("holds inside " + Thread.holdsLock(o) + " " + Thread.holdsLock(LOCK));
            o.notify();
            o.notifyAll();
            long t0 = System.nanoTime();
            o.wait(30);
            System.out.println("waited 30ms: " + (System.nanoTime() - t0 >= 30_000_000L));
            t0 = System.nanoTime();
            o.wait(0, 1);
            System.out.println("waited 1ms: " + (System.nanoTime() - t0 >= 1_000_000L));
            waits("wait(-1) inside", () -> o.wait(-1));
            waits("wait(0, 1000000) inside", () -> o.wait(0, 1000000));
            show("notify other", () -> LOCK.notify());
            synchronized (LOCK) {
                LOCK.notify();
                o.notify();
                System.out.println("nested holds " + Thread.holdsLock(o) + " " + Thread.holdsLock(LOCK));
                synchronized (o) {
                    o.notify();
                }
                System.out.println("after reentry " + Thread.holdsLock(o));
            }
            System.out.println("after nested " + Thread.holdsLock(LOCK) + " " + Thread.holdsLock(o));
            Thread.currentThread().interrupt();
            waits("wait interrupted", () -> o.wait(50));
            Thread.currentThread().interrupt();
            waits("wait() interrupted", () -> o.wait());
            waits("wait again", () -> o.wait(1));
        }
        System.out.println("after " + Thread.holdsLock(o));
        show("notify after", () -> o.notify());

        /* released on every way out */
        try {
            synchronized (o) {
                throw new RuntimeException("boom");
            }
        } catch (RuntimeException e) {
            System.out.println("caught " + e.getMessage() + " holds " + Thread.holdsLock(o));
        }
        for (int i = 0; i < 3; i++) {
            synchronized (o) {
                if (i == 1) continue;
                if (i == 2) break;
                o.notify();
            }
        }
        System.out.println("loop holds " + Thread.holdsLock(o));
        ObjectWaitNotify w = new ObjectWaitNotify();
        w.inc();
        System.out.println("get " + w.get() + " holds " + Thread.holdsLock(w));
        show("notify on instance outside", () -> w.notify());
        staticSync();
        System.out.println("class after " + Thread.holdsLock(ObjectWaitNotify.class));
        show("throwing", () -> throwing(3));
        System.out.println("class after throw " + Thread.holdsLock(ObjectWaitNotify.class) + " " + throwing(0));
        System.out.println(w.early(3) + " then " + Thread.holdsLock(LOCK) + " " + Thread.holdsLock(w));
        synchronized (LOCK) {
            Runnable r = () -> LOCK.notify();
            r.run();
            Supplier<Boolean> s = () -> Thread.holdsLock(LOCK);
            System.out.println("lambda sees " + s.get());
        }

        /* strings, arrays and other objects as monitors */
        String str = "text";
        synchronized (str) { str.notify(); }
        show("string outside", () -> str.notifyAll());
        int[] arr = {1};
        synchronized (arr) { arr.notifyAll(); }
        show("array outside", () -> arr.notify());
        List<String> list = new ArrayList<>();
        synchronized (list) {
            list.notify();
            list.add("x");
        }
        show("list outside", () -> list.notify());
        Object nil = null;
        show("synchronized null", () -> {
            synchronized (nil) {
                System.out.println("unreachable");
            }
        });
        show("holdsLock null", () -> Thread.holdsLock(null));
        System.out.println("interrupted at end " + Thread.interrupted());
    }
}
