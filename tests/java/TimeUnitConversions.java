import java.util.*;
import java.util.concurrent.*;

/* TimeUnit: conversions (truncating to coarser units, saturating to finer
 * ones), sleep and timedWait; the timed offer and poll of the blocking
 * queues, which on one thread wait out their timeout and fail. */
public class TimeUnitConversions {
    public static void main(String[] args) throws Exception {
        System.out.println(Arrays.toString(TimeUnit.values()) + " " + TimeUnit.valueOf("HOURS").ordinal() + " " + TimeUnit.DAYS.compareTo(TimeUnit.SECONDS));
        long[] ds = {0, 1, -1, 999, 1000, 1001, -1001, 59_999, 86_400_000, Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE / 1000, Long.MAX_VALUE / 1000 + 1, -(Long.MAX_VALUE / 1000) - 1, 106_751};
        for (TimeUnit u : TimeUnit.values()) {
            StringBuilder b = new StringBuilder(u + ":");
            for (long d : ds)
                b.append(' ').append(u.toNanos(d)).append('/').append(u.toMicros(d)).append('/').append(u.toMillis(d)).append('/').append(u.toSeconds(d))
                 .append('/').append(u.toMinutes(d)).append('/').append(u.toHours(d)).append('/').append(u.toDays(d));
            System.out.println(b);
        }
        for (TimeUnit a : TimeUnit.values()) {
            StringBuilder b = new StringBuilder();
            for (TimeUnit c : TimeUnit.values()) b.append(a.convert(123_456_789_012L, c)).append(' ').append(a.convert(-5, c)).append(' ');
            System.out.println(a + " " + b);
        }
        long t = System.nanoTime();
        TimeUnit.MILLISECONDS.sleep(20);
        TimeUnit.MICROSECONDS.sleep(1500);
        TimeUnit.SECONDS.sleep(0);
        TimeUnit.NANOSECONDS.sleep(-5);
        System.out.println("slept " + (System.nanoTime() - t >= 21_500_000L));
        Object lock = new Object();
        try {
            TimeUnit.MILLISECONDS.timedWait(lock, 5);
        } catch (IllegalMonitorStateException e) {
            System.out.println("timedWait outside: " + e.getMessage());
        }
        TimeUnit.MILLISECONDS.timedWait(lock, 0);
        synchronized (lock) {
            t = System.nanoTime();
            TimeUnit.MILLISECONDS.timedWait(lock, 10);
            System.out.println("timedWait " + (System.nanoTime() - t >= 10_000_000L));
        }

        for (BlockingQueue<String> q : List.<BlockingQueue<String>>of(new LinkedBlockingQueue<>(2), new ArrayBlockingQueue<>(2))) {
            String name = q.getClass().getSimpleName();
            t = System.nanoTime();
            System.out.println(name + " " + q.poll(15, TimeUnit.MILLISECONDS) + " " + (System.nanoTime() - t >= 15_000_000L));
            System.out.println(q.offer("a", 1, TimeUnit.SECONDS) + " " + q.offer("b", 0, TimeUnit.DAYS) + " " + q);
            t = System.nanoTime();
            System.out.println(q.offer("c", 12, TimeUnit.MILLISECONDS) + " " + (System.nanoTime() - t >= 12_000_000L) + " " + q.offer("d", -1, TimeUnit.SECONDS) + " " + q);
            System.out.println(q.poll(5, TimeUnit.SECONDS) + " " + q.poll(0, TimeUnit.NANOSECONDS) + " " + q.poll(-3, TimeUnit.HOURS));
            try {
                q.offer(null, 1, TimeUnit.SECONDS);
            } catch (NullPointerException e) {
                System.out.println("offer null: " + e.getClass().getName());
            }
            Thread.currentThread().interrupt();
            try {
                q.poll(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                System.out.println("poll interrupted " + Thread.currentThread().isInterrupted());
            }
            Thread.currentThread().interrupt();
            try {
                q.offer("x", 1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                System.out.println("offer interrupted " + q);
            }
        }
    }
}
