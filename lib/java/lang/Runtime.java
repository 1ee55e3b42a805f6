/* java.lang.Runtime: the process's one Runtime.  Its memory figures are
 * Boehm GC's heap (runtime/heap.c): maxMemory is the heap's limit
 * ($LIME_HEAP_MAX, else a quarter of the machine's memory, as the JVM's
 * default), totalMemory the heap's present size, freeMemory what of it
 * is free. */
public class Runtime {
    private static final Runtime current = new Runtime();

    private Runtime() { }

    public static Runtime getRuntime() { return current; }
    public native int availableProcessors();
    public native long freeMemory();
    public native long totalMemory();
    public native long maxMemory();
    public native void gc();
    public void exit(int status) { System.exit(status); }
    public void runFinalization() { }
}
