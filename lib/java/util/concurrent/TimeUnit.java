/* java.util.concurrent.TimeUnit: durations from nanoseconds to days.  A
 * conversion to a coarser unit truncates; one to a finer unit that would
 * overflow saturates at Long.MAX_VALUE or Long.MIN_VALUE.  sleep and
 * timedWait wait on the program's one thread.  Not provided: the
 * java.time conversions (toChronoUnit, of, convert(Duration)), timedJoin. */
public enum TimeUnit {
    NANOSECONDS(1L), MICROSECONDS(1000L), MILLISECONDS(1000000L), SECONDS(1000000000L), MINUTES(60000000000L),
    HOURS(3600000000000L), DAYS(86400000000000L);

    private final long scale;   /* nanoseconds in one unit */

    TimeUnit(long scale) { this.scale = scale; }

    /* d of src in this unit */
    public long convert(long d, TimeUnit src) {
        if (src.scale == scale) return d;
        if (src.scale < scale) return d / (scale / src.scale);
        long r = src.scale / scale, max = Long.MAX_VALUE / r;
        if (d > max) return Long.MAX_VALUE;
        if (d < -max) return Long.MIN_VALUE;
        return d * r;
    }
    public long toNanos(long d) { return NANOSECONDS.convert(d, this); }
    public long toMicros(long d) { return MICROSECONDS.convert(d, this); }
    public long toMillis(long d) { return MILLISECONDS.convert(d, this); }
    public long toSeconds(long d) { return SECONDS.convert(d, this); }
    public long toMinutes(long d) { return MINUTES.convert(d, this); }
    public long toHours(long d) { return HOURS.convert(d, this); }
    public long toDays(long d) { return DAYS.convert(d, this); }

    /* the nanoseconds of d (this unit) beyond its ms whole milliseconds */
    private int excessNanos(long d, long ms) {
        if (this == NANOSECONDS) return (int) (d - ms * 1000000L);
        if (this == MICROSECONDS) return (int) (d * 1000L - ms * 1000000L);
        return 0;
    }
    public void sleep(long timeout) throws InterruptedException {
        if (timeout > 0) {
            long ms = toMillis(timeout);
            Thread.sleep(ms, excessNanos(timeout, ms));
        }
    }
    public void timedWait(Object obj, long timeout) throws InterruptedException {
        if (timeout > 0) {
            long ms = toMillis(timeout);
            obj.wait(ms, excessNanos(timeout, ms));
        }
    }
}
