import java.util.Collection;

/* The blocking queues' waits on the program's one thread, where no other
 * thread can add or take: the interrupt flag first (InterruptedException,
 * cleared), then a wait that cannot end in success. */
final class LimeBlocking {
    private LimeBlocking() {}

    static void interruptible() throws InterruptedException {
        if (Thread.interrupted()) throw new InterruptedException();
    }
    /* put on a full queue, take on an empty one (blocked: it waits forever) */
    static void mayBlock(boolean blocked) throws InterruptedException {
        interruptible();
        if (blocked)
            for (;;) Thread.sleep(1000000L);
    }
    /* a timed offer on a full queue or poll on an empty one (blocked): it
     * waits out its timeout (nanos); whether it may go on */
    static boolean mayGoOn(long nanos, boolean blocked) throws InterruptedException {
        interruptible();
        if (!blocked) return true;
        if (nanos > 0) Thread.sleep(nanos / 1000000L, (int) (nanos % 1000000L));
        return false;
    }
    /* drainTo's checks of its target */
    static void drainTarget(Collection<?> c, Object queue) {
        if (c == null) throw new NullPointerException();
        if (c == queue) throw new IllegalArgumentException();
    }
}
