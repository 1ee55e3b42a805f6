import java.util.function.LongBinaryOperator;
import java.util.function.LongUnaryOperator;

/* java.util.concurrent.atomic.AtomicLong.  Lime runs a program's Java
 * code on one thread (tasks on worker threads cannot reach a mutable
 * object: LANGUAGE.md's isolation), so every access mode (plain, opaque,
 * acquire/release, volatile) is a plain read or write, and the
 * compare-and-set family always sees the value it compares. */
public class AtomicLong extends Number implements java.io.Serializable {
    private long value;

    public AtomicLong() { }
    public AtomicLong(long initialValue) { value = initialValue; }

    public final long get() { return value; }
    public final void set(long newValue) { value = newValue; }
    public final void lazySet(long newValue) { value = newValue; }
    public final long getPlain() { return value; }
    public final void setPlain(long newValue) { value = newValue; }
    public final long getOpaque() { return value; }
    public final void setOpaque(long newValue) { value = newValue; }
    public final long getAcquire() { return value; }
    public final void setRelease(long newValue) { value = newValue; }

    public final long getAndSet(long newValue) {
        long old = value;
        value = newValue;
        return old;
    }
    public final boolean compareAndSet(long expectedValue, long newValue) {
        if (value != expectedValue) return false;
        value = newValue;
        return true;
    }
    public final boolean weakCompareAndSet(long expectedValue, long newValue) { return compareAndSet(expectedValue, newValue); }
    public final boolean weakCompareAndSetPlain(long expectedValue, long newValue) { return compareAndSet(expectedValue, newValue); }
    public final boolean weakCompareAndSetVolatile(long expectedValue, long newValue) { return compareAndSet(expectedValue, newValue); }
    public final boolean weakCompareAndSetAcquire(long expectedValue, long newValue) { return compareAndSet(expectedValue, newValue); }
    public final boolean weakCompareAndSetRelease(long expectedValue, long newValue) { return compareAndSet(expectedValue, newValue); }
    public final long compareAndExchange(long expectedValue, long newValue) {
        long old = value;
        if (old == expectedValue) value = newValue;
        return old;
    }
    public final long compareAndExchangeAcquire(long expectedValue, long newValue) { return compareAndExchange(expectedValue, newValue); }
    public final long compareAndExchangeRelease(long expectedValue, long newValue) { return compareAndExchange(expectedValue, newValue); }

    public final long getAndIncrement() { return value++; }
    public final long getAndDecrement() { return value--; }
    public final long getAndAdd(long delta) {
        long old = value;
        value += delta;
        return old;
    }
    public final long incrementAndGet() { return ++value; }
    public final long decrementAndGet() { return --value; }
    public final long addAndGet(long delta) { return value += delta; }

    public final long getAndUpdate(LongUnaryOperator updateFunction) {
        long old = value;
        value = updateFunction.applyAsLong(old);
        return old;
    }
    public final long updateAndGet(LongUnaryOperator updateFunction) { return value = updateFunction.applyAsLong(value); }
    public final long getAndAccumulate(long x, LongBinaryOperator accumulatorFunction) {
        long old = value;
        value = accumulatorFunction.applyAsLong(old, x);
        return old;
    }
    public final long accumulateAndGet(long x, LongBinaryOperator accumulatorFunction) {
        return value = accumulatorFunction.applyAsLong(value, x);
    }

    public String toString() { return Long.toString(value); }
    public int intValue() { return (int) value; }
    public long longValue() { return value; }
    public float floatValue() { return value; }
    public double doubleValue() { return value; }
}
