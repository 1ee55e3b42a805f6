import java.util.function.IntBinaryOperator;
import java.util.function.IntUnaryOperator;

/* java.util.concurrent.atomic.AtomicInteger.  Lime runs a program's Java
 * code on one thread (tasks on worker threads cannot reach a mutable
 * object: LANGUAGE.md's isolation), so every access mode (plain, opaque,
 * acquire/release, volatile) is a plain read or write, and the
 * compare-and-set family always sees the value it compares. */
public class AtomicInteger extends Number implements java.io.Serializable {
    private int value;

    public AtomicInteger() { }
    public AtomicInteger(int initialValue) { value = initialValue; }

    public final int get() { return value; }
    public final void set(int newValue) { value = newValue; }
    public final void lazySet(int newValue) { value = newValue; }
    public final int getPlain() { return value; }
    public final void setPlain(int newValue) { value = newValue; }
    public final int getOpaque() { return value; }
    public final void setOpaque(int newValue) { value = newValue; }
    public final int getAcquire() { return value; }
    public final void setRelease(int newValue) { value = newValue; }

    public final int getAndSet(int newValue) {
        int old = value;
        value = newValue;
        return old;
    }
    public final boolean compareAndSet(int expectedValue, int newValue) {
        if (value != expectedValue) return false;
        value = newValue;
        return true;
    }
    public final boolean weakCompareAndSet(int expectedValue, int newValue) { return compareAndSet(expectedValue, newValue); }
    public final boolean weakCompareAndSetPlain(int expectedValue, int newValue) { return compareAndSet(expectedValue, newValue); }
    public final boolean weakCompareAndSetVolatile(int expectedValue, int newValue) { return compareAndSet(expectedValue, newValue); }
    public final boolean weakCompareAndSetAcquire(int expectedValue, int newValue) { return compareAndSet(expectedValue, newValue); }
    public final boolean weakCompareAndSetRelease(int expectedValue, int newValue) { return compareAndSet(expectedValue, newValue); }
    public final int compareAndExchange(int expectedValue, int newValue) {
        int old = value;
        if (old == expectedValue) value = newValue;
        return old;
    }
    public final int compareAndExchangeAcquire(int expectedValue, int newValue) { return compareAndExchange(expectedValue, newValue); }
    public final int compareAndExchangeRelease(int expectedValue, int newValue) { return compareAndExchange(expectedValue, newValue); }

    public final int getAndIncrement() { return value++; }
    public final int getAndDecrement() { return value--; }
    public final int getAndAdd(int delta) {
        int old = value;
        value += delta;
        return old;
    }
    public final int incrementAndGet() { return ++value; }
    public final int decrementAndGet() { return --value; }
    public final int addAndGet(int delta) { return value += delta; }

    public final int getAndUpdate(IntUnaryOperator updateFunction) {
        int old = value;
        value = updateFunction.applyAsInt(old);
        return old;
    }
    public final int updateAndGet(IntUnaryOperator updateFunction) { return value = updateFunction.applyAsInt(value); }
    public final int getAndAccumulate(int x, IntBinaryOperator accumulatorFunction) {
        int old = value;
        value = accumulatorFunction.applyAsInt(old, x);
        return old;
    }
    public final int accumulateAndGet(int x, IntBinaryOperator accumulatorFunction) {
        return value = accumulatorFunction.applyAsInt(value, x);
    }

    public String toString() { return Integer.toString(value); }
    public int intValue() { return value; }
    public long longValue() { return value; }
    public float floatValue() { return value; }
    public double doubleValue() { return value; }
}
