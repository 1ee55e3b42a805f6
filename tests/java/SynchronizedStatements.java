public class SynchronizedStatements {
    static int counter;
    static final Object lock = new Object();
    synchronized void inc() { counter++; }
    static synchronized void sinc() { counter += 10; }
    volatile int v = 3;
    transient int t = 4;
    strictfp double f(double x) { return x * 2; }
    static int get(SynchronizedStatements a) { synchronized (a) { return a.v * 10; } }
    public static void main(String[] args) {
        SynchronizedStatements a = new SynchronizedStatements();
        a.inc();
        sinc();
        synchronized (lock) { counter++; }
        synchronized (a) { a.v++; }
        System.out.println(counter + " " + a.v + " " + a.t + " " + a.f(1.5));
        Object none = null;
        try {
            synchronized (none) { System.out.println("not here"); }
        } catch (NullPointerException e) {
            System.out.println("NPE on a null lock");
        }
        String text = "lock";
        int[] arr = {1};
        synchronized (text) { synchronized (arr) { arr[0]++; } }
        for (int i = 0; i < 3; i++) {
            synchronized (lock) {
                if (i == 1) continue;
                if (i == 2) break;
                System.out.println("loop " + i + " " + arr[0]);
            }
        }
        System.out.println(get(a));
    }
}
