/* java.lang.Object: the root of every class.  toString, equals and
 * hashCode take vtable slots 0, 1 and 2 in this order (the runtime calls
 * them through those slots: runtime/lime.h). */
public class Object {
    public String toString() { return getClass().getName() + "@" + Integer.toHexString(hashCode()); }
    public boolean equals(Object obj) { return this == obj; }
    public native int hashCode();
    public final native Class getClass();
    /* a field-by-field copy of an instance of a Cloneable class (arrays'
     * clone() is the checker's, src/check.c) */
    protected Object clone() throws CloneNotSupportedException {
        if (!(this instanceof Cloneable)) throw new CloneNotSupportedException(getClass().getName());
        return shallowCopy();
    }
    private native Object shallowCopy();

    /* one thread: notify wakes no one; wait(ms) sleeps ms (no one can
     * notify); wait() or wait(0) would wait forever on the JVM, so it throws
     * UnsupportedOperationException saying so (after the JDK's checks: the
     * arguments, the monitor, the interrupt flag) */
    public final void notify() { LimeMonitors.owner(this); }
    public final void notifyAll() { LimeMonitors.owner(this); }
    public final void wait() throws InterruptedException { wait(0L); }
    public final void wait(long timeoutMillis) throws InterruptedException {
        if (timeoutMillis < 0) throw new IllegalArgumentException("timeout value is negative");
        LimeMonitors.owner(this);
        if (Thread.interrupted()) throw new InterruptedException();
        if (timeoutMillis == 0)
            throw new UnsupportedOperationException("wait() with no timeout on the program's only thread: no other thread can notify it, the JVM would wait forever");
        Thread.sleep(timeoutMillis);
    }
    public final void wait(long timeoutMillis, int nanos) throws InterruptedException {
        if (timeoutMillis < 0) throw new IllegalArgumentException("timeoutMillis value is negative");
        if (nanos < 0 || nanos > 999999) throw new IllegalArgumentException("nanosecond timeout value out of range");
        if (nanos > 0 && timeoutMillis < Long.MAX_VALUE) timeoutMillis++;
        wait(timeoutMillis);
    }
}
