/* java.util.concurrent.atomic.AtomicBoolean: one thread's plain boolean
 * (see AtomicInteger: Lime runs a program's Java code on one thread). */
public class AtomicBoolean implements java.io.Serializable {
    private boolean value;

    public AtomicBoolean() { }
    public AtomicBoolean(boolean initialValue) { value = initialValue; }

    public final boolean get() { return value; }
    public final void set(boolean newValue) { value = newValue; }
    public final void lazySet(boolean newValue) { value = newValue; }
    public final boolean getPlain() { return value; }
    public final void setPlain(boolean newValue) { value = newValue; }
    public final boolean getOpaque() { return value; }
    public final void setOpaque(boolean newValue) { value = newValue; }
    public final boolean getAcquire() { return value; }
    public final void setRelease(boolean newValue) { value = newValue; }
    public final boolean getAndSet(boolean newValue) {
        boolean old = value;
        value = newValue;
        return old;
    }
    public final boolean compareAndSet(boolean expectedValue, boolean newValue) {
        if (value != expectedValue) return false;
        value = newValue;
        return true;
    }
    public boolean weakCompareAndSet(boolean expectedValue, boolean newValue) { return compareAndSet(expectedValue, newValue); }
    public boolean weakCompareAndSetPlain(boolean expectedValue, boolean newValue) { return compareAndSet(expectedValue, newValue); }
    public final boolean weakCompareAndSetVolatile(boolean expectedValue, boolean newValue) { return compareAndSet(expectedValue, newValue); }
    public final boolean compareAndExchange(boolean expectedValue, boolean newValue) {
        boolean old = value;
        if (old == expectedValue) value = newValue;
        return old;
    }
    public String toString() { return Boolean.toString(value); }
}
