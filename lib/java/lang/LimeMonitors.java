/* The monitors the program's one thread holds, innermost last: a
 * synchronized statement or method (outside `local` methods, which cannot
 * reach wait or notify) enters its object's before its body and exits in
 * a finally (src/check.c synchronized_stmt), so Object.wait/notify and
 * Thread.holdsLock know whether the thread owns an object's monitor. */
public final class LimeMonitors {
    private LimeMonitors() {}
    private static Object[] held = new Object[8];
    private static int depth;

    public static void enter(Object o) {
        if (depth == held.length) held = java.util.Arrays.copyOf(held, 2 * depth);
        held[depth++] = o;
    }
    public static void exit() { held[--depth] = null; }
    public static boolean holds(Object o) {
        for (int i = depth - 1; i >= 0; i--) if (held[i] == o) return true;
        return false;
    }
    /* Object's wait/notify: the JDK's exception when the thread does not own o's monitor */
    static void owner(Object o) {
        if (!holds(o)) throw new IllegalMonitorStateException("current thread is not owner");
    }
}
