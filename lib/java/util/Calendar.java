/* java.util.Calendar: an instant (time, milliseconds since the epoch) and
 * its local fields in the default time zone (Date's: TZ, else
 * /etc/localtime, through the C library), with the JDK's field numbers and
 * constants, the US week (Sunday first, week 1 holds January 1st), and the
 * JDK's lenient set/get: set() only records a field; the next get() (or
 * add, getTime) makes the instant of the recorded fields (out-of-range
 * values carry over: January 32nd is February 1st) and recomputes them
 * all.  set() takes the fields YEAR to MILLISECOND except the week fields;
 * dates are proleptic Gregorian (the JDK's switch to the Julian calendar
 * before October 1582 is not made). */
public abstract class Calendar implements java.io.Serializable, Cloneable, Comparable<Calendar> {
    public static final int ERA = 0, YEAR = 1, MONTH = 2, WEEK_OF_YEAR = 3, WEEK_OF_MONTH = 4, DATE = 5,
        DAY_OF_MONTH = 5, DAY_OF_YEAR = 6, DAY_OF_WEEK = 7, DAY_OF_WEEK_IN_MONTH = 8, AM_PM = 9, HOUR = 10,
        HOUR_OF_DAY = 11, MINUTE = 12, SECOND = 13, MILLISECOND = 14, ZONE_OFFSET = 15, DST_OFFSET = 16,
        FIELD_COUNT = 17;
    public static final int SUNDAY = 1, MONDAY = 2, TUESDAY = 3, WEDNESDAY = 4, THURSDAY = 5, FRIDAY = 6, SATURDAY = 7;
    public static final int JANUARY = 0, FEBRUARY = 1, MARCH = 2, APRIL = 3, MAY = 4, JUNE = 5, JULY = 6,
        AUGUST = 7, SEPTEMBER = 8, OCTOBER = 9, NOVEMBER = 10, DECEMBER = 11, UNDECIMBER = 12;
    public static final int AM = 0, PM = 1;
    public static final int ALL_STYLES = 0, SHORT = 1, LONG = 2, NARROW_FORMAT = 4, NARROW_STANDALONE = 32772,
        SHORT_FORMAT = 1, LONG_FORMAT = 2, SHORT_STANDALONE = 32769, LONG_STANDALONE = 32770;

    protected long time;
    protected int[] fields = new int[FIELD_COUNT];
    protected boolean isTimeSet;    /* time is the instant of fields; else set() changed a field since */
    private boolean hour12Last;     /* HOUR or AM_PM was set after HOUR_OF_DAY: they give the hour */

    protected Calendar() { setTimeInMillis(System.currentTimeMillis()); }

    public static Calendar getInstance() { return new GregorianCalendar(); }

    public final Date getTime() { return new Date(getTimeInMillis()); }
    public final void setTime(Date date) { setTimeInMillis(date.getTime()); }
    public long getTimeInMillis() {
        complete();
        return time;
    }
    /* the instant, and its fields */
    public void setTimeInMillis(long millis) {
        time = millis;
        isTimeSet = true;
        hour12Last = false;
        computeFields();
    }

    public int get(int field) {
        checkField(field);
        complete();
        return fields[field];
    }
    public void set(int field, int value) {
        checkField(field);
        if (field == ERA || field == WEEK_OF_YEAR || field == WEEK_OF_MONTH || field == DAY_OF_YEAR
            || field == DAY_OF_WEEK || field == DAY_OF_WEEK_IN_MONTH || field >= ZONE_OFFSET)
            throw new UnsupportedOperationException("Calendar.set of field " + field + " is Java's but not in Lime's library");
        fields[field] = value;
        isTimeSet = false;
        if (field == HOUR || field == AM_PM) hour12Last = true;
        else if (field == HOUR_OF_DAY) hour12Last = false;
    }
    public final void set(int year, int month, int date) {
        set(YEAR, year);
        set(MONTH, month);
        set(DATE, date);
    }
    public final void set(int year, int month, int date, int hourOfDay, int minute) {
        set(year, month, date);
        set(HOUR_OF_DAY, hourOfDay);
        set(MINUTE, minute);
    }
    public final void set(int year, int month, int date, int hourOfDay, int minute, int second) {
        set(year, month, date, hourOfDay, minute);
        set(SECOND, second);
    }
    /* every field unset: the fields of 1970-01-01 00:00:00.000 local time */
    public final void clear() {
        for (int i = 0; i < FIELD_COUNT; i++) fields[i] = 0;
        fields[ERA] = 1;
        fields[YEAR] = 1970;
        fields[DATE] = 1;
        isTimeSet = false;
        hour12Last = false;
    }

    /* amount of field added as the JDK's GregorianCalendar does: a year or
     * month keeps the day of the month where the new month has it (else its
     * last day), days keep the local time of day, hours and smaller fields
     * move the instant */
    public void add(int field, int amount) {
        checkField(field);
        if (amount == 0) return;
        complete();
        switch (field) {
        case YEAR:
        case MONTH: {
            int months = fields[MONTH] + (field == YEAR ? 12 * amount : amount);
            int year = fields[YEAR] + Math.floorDiv(months, 12), month = Math.floorMod(months, 12);
            setLocal(year, month, Math.min(fields[DATE], monthLength(year, month)), fields[HOUR_OF_DAY]);
            break;
        }
        case DATE:
        case DAY_OF_YEAR:
        case DAY_OF_WEEK: setLocal(fields[YEAR], fields[MONTH], fields[DATE] + amount, fields[HOUR_OF_DAY]); break;
        case WEEK_OF_YEAR:
        case WEEK_OF_MONTH:
        case DAY_OF_WEEK_IN_MONTH: setLocal(fields[YEAR], fields[MONTH], fields[DATE] + 7 * amount, fields[HOUR_OF_DAY]); break;
        case AM_PM: setLocal(fields[YEAR], fields[MONTH], fields[DATE], fields[HOUR_OF_DAY] + 12 * amount); break;
        case HOUR:
        case HOUR_OF_DAY: setTimeInMillis(time + amount * 3_600_000L); break;
        case MINUTE: setTimeInMillis(time + amount * 60_000L); break;
        case SECOND: setTimeInMillis(time + amount * 1_000L); break;
        case MILLISECOND: setTimeInMillis(time + amount); break;
        case ERA: throw new UnsupportedOperationException("Calendar.add(ERA, ...) is Java's but not in Lime's library");
        default: throw new IllegalArgumentException();
        }
    }

    public int getActualMinimum(int field) {
        checkField(field);
        return field == DATE || field == DAY_OF_YEAR || field == DAY_OF_WEEK || field == YEAR
            || field == DAY_OF_WEEK_IN_MONTH || field == WEEK_OF_YEAR ? 1 : field == ZONE_OFFSET ? -13 * 3_600_000 : 0;
    }
    public int getActualMaximum(int field) {
        checkField(field);
        complete();
        switch (field) {
        case MONTH: return DECEMBER;
        case DATE: return monthLength(fields[YEAR], fields[MONTH]);
        case DAY_OF_YEAR: return yearLength(fields[YEAR]);
        case DAY_OF_WEEK: return SATURDAY;
        case AM_PM: return PM;
        case HOUR: return 11;
        case HOUR_OF_DAY: return 23;
        case MINUTE:
        case SECOND: return 59;
        case MILLISECOND: return 999;
        default: throw new UnsupportedOperationException("Calendar.getActualMaximum of field " + field + " is Java's but not in Lime's library");
        }
    }
    public int getFirstDayOfWeek() { return SUNDAY; }
    public int getMinimalDaysInFirstWeek() { return 1; }
    public boolean isLenient() { return true; }

    public boolean equals(Object obj) {
        return obj instanceof Calendar && ((Calendar) obj).getTimeInMillis() == getTimeInMillis();
    }
    /* (the JDK's mixes in its time zone's hash code: another number) */
    public int hashCode() {
        long t = getTimeInMillis();
        return (int) t ^ (int) (t >> 32);
    }
    public int compareTo(Calendar anotherCalendar) { return Long.compare(getTimeInMillis(), anotherCalendar.getTimeInMillis()); }
    public boolean before(Object when) { return when instanceof Calendar && compareTo((Calendar) when) < 0; }
    public boolean after(Object when) { return when instanceof Calendar && compareTo((Calendar) when) > 0; }
    public Object clone() {
        try {
            Calendar c = (Calendar) super.clone();
            c.fields = fields.clone();
            return c;
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e); /* a Calendar is Cloneable */
        }
    }
    /* the JDK's text names its time zone's internals, which Lime does not have */
    public String toString() {
        throw new UnsupportedOperationException("Calendar.toString() is Java's but not in Lime's library");
    }

    private static void checkField(int field) {
        if (field < 0 || field >= FIELD_COUNT) throw new ArrayIndexOutOfBoundsException("Index " + field + " out of bounds for length " + FIELD_COUNT);
    }
    static boolean leap(int year) { return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0); }
    private static int yearLength(int year) { return leap(year) ? 366 : 365; }
    private static int monthLength(int year, int month) {
        return month == FEBRUARY ? (leap(year) ? 29 : 28) : month == APRIL || month == JUNE || month == SEPTEMBER || month == NOVEMBER ? 30 : 31;
    }

    /* the instant of the recorded fields, when set() changed one */
    private void complete() {
        if (isTimeSet) return;
        int hour = hour12Last ? fields[AM_PM] * 12 + fields[HOUR] : fields[HOUR_OF_DAY];
        setLocal(fields[YEAR], fields[MONTH], fields[DATE], hour);
    }
    /* the instant of that local date and hour, with the present minute, second and millisecond */
    private void setLocal(int year, int month, int date, int hourOfDay) {
        long wholeSeconds = Date.localMillis(year, month, date, hourOfDay, fields[MINUTE], fields[SECOND]);
        setTimeInMillis(wholeSeconds + fields[MILLISECOND]);
    }
    /* fields from time */
    private void computeFields() {
        int[] f = new int[Date.FIELDS];
        Date.localFields(time, f);
        int year = f[Date.YEAR], dow = f[Date.DAY], doy = f[Date.DAY_OF_YEAR], date = f[Date.DATE];
        fields[ERA] = year > 0 ? 1 : 0;
        fields[YEAR] = year > 0 ? year : 1 - year;
        fields[MONTH] = f[Date.MONTH];
        fields[DATE] = date;
        fields[DAY_OF_YEAR] = doy + 1;
        fields[DAY_OF_WEEK] = dow + 1;
        fields[DAY_OF_WEEK_IN_MONTH] = (date - 1) / 7 + 1;
        int firstOfMonth = Math.floorMod(dow - (date - 1), 7), firstOfYear = Math.floorMod(dow - doy, 7);
        fields[WEEK_OF_MONTH] = (date - 1 + firstOfMonth) / 7 + 1;
        /* week 1 is the one with January 1st: the last days of December can be next year's */
        fields[WEEK_OF_YEAR] = doy + 6 - dow >= yearLength(year) ? 1 : (doy + firstOfYear) / 7 + 1;
        fields[HOUR_OF_DAY] = f[Date.HOURS];
        fields[AM_PM] = f[Date.HOURS] / 12;
        fields[HOUR] = f[Date.HOURS] % 12;
        fields[MINUTE] = f[Date.MINUTES];
        fields[SECOND] = f[Date.SECONDS];
        fields[MILLISECOND] = (int) Math.floorMod(time, 1000L);
        fields[ZONE_OFFSET] = f[Date.ZONE_OFFSET];
        fields[DST_OFFSET] = f[Date.DST_OFFSET];
    }
}
