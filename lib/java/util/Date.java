/* java.util.Date: an instant in milliseconds since 1970-01-01T00:00:00Z,
 * shown in the default time zone as the JVM's: the TZ environment variable,
 * else /etc/localtime (the C library's localtime_r, runtime/date.c, whose
 * zone abbreviations are the JDK's for the zones that have one).  The
 * deprecated calendar members read and make local times the same way. */
public class Date implements java.io.Serializable, Cloneable, Comparable<Date> {
    private long fastTime;

    public Date() { this(System.currentTimeMillis()); }
    public Date(long date) { fastTime = date; }
    @Deprecated
    public Date(int year, int month, int date) { this(year, month, date, 0, 0, 0); }
    @Deprecated
    public Date(int year, int month, int date, int hrs, int min) { this(year, month, date, hrs, min, 0); }
    /* the local time year + 1900, month (0-11), date, ...; out of range
     * fields carry over (month 12 is January of the next year) */
    @Deprecated
    public Date(int year, int month, int date, int hrs, int min, int sec) {
        fastTime = localMillis(year + 1900, month, date, hrs, min, sec);
    }

    public long getTime() { return fastTime; }
    public void setTime(long time) { fastTime = time; }
    public boolean before(Date when) { return fastTime < when.fastTime; }
    public boolean after(Date when) { return fastTime > when.fastTime; }
    public boolean equals(Object obj) { return obj instanceof Date && ((Date) obj).fastTime == fastTime; }
    public int hashCode() { return (int) fastTime ^ (int) (fastTime >> 32); }
    public int compareTo(Date anotherDate) { return Long.compare(fastTime, anotherDate.fastTime); }
    public Object clone() {
        try {
            return super.clone();
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e); /* a Date is Cloneable */
        }
    }

    /* indexes of the local fields localFields fills in */
    static final int YEAR = 0, MONTH = 1, DATE = 2, HOURS = 3, MINUTES = 4, SECONDS = 5, DAY = 6, DAY_OF_YEAR = 7,
                     ZONE_OFFSET = 8, DST_OFFSET = 9, FIELDS = 10;
    private static final String[] DAYS = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    /* "EEE MMM dd HH:mm:ss zzz yyyy": Sat Dec 05 19:09:34 UTC 2026 */
    public String toString() {
        int[] f = new int[FIELDS];
        String zone = localFields(fastTime, f);
        StringBuilder b = new StringBuilder(28);
        b.append(DAYS[f[DAY]]).append(' ').append(MONTHS[f[MONTH]]).append(' ');
        twoDigits(b, f[DATE]).append(' ');
        twoDigits(b, f[HOURS]).append(':');
        twoDigits(b, f[MINUTES]).append(':');
        twoDigits(b, f[SECONDS]).append(' ');
        return b.append(zone).append(' ').append(f[YEAR]).toString();
    }
    private static StringBuilder twoDigits(StringBuilder b, int n) { return b.append(n < 10 ? "0" : "").append(n); }

    private int field(int i) {
        int[] f = new int[FIELDS];
        localFields(fastTime, f);
        return f[i];
    }
    @Deprecated public int getYear() { return field(YEAR) - 1900; }
    @Deprecated public int getMonth() { return field(MONTH); }
    @Deprecated public int getDate() { return field(DATE); }
    @Deprecated public int getDay() { return field(DAY); }
    @Deprecated public int getHours() { return field(HOURS); }
    @Deprecated public int getMinutes() { return field(MINUTES); }
    @Deprecated public int getSeconds() { return field(SECONDS); }

    /* the local year, month (0-11), day of month, hour, minute, second,
     * day of week (0 Sunday), day of year (0-365), standard offset and
     * daylight saving (milliseconds) of instant millis into f (FIELDS
     * long); returns the zone's abbreviation then (runtime/date.c) */
    static native String localFields(long millis, int[] f);
    /* the instant of a local time (fields as above, normalised) */
    static native long localMillis(int year, int month, int date, int hrs, int min, int sec);
}
