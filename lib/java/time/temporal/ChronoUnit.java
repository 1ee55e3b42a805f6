/* java.time.temporal.ChronoUnit: the units of the ISO calendar.  Lime's
 * java.time has dates only (LocalDate): between and the LocalDate
 * arithmetic take its date units, DAYS to ERAS; the time units and
 * FOREVER throw UnsupportedTemporalTypeException, as a LocalDate's do on
 * the JVM. */
public enum ChronoUnit {
    NANOS("Nanos"), MICROS("Micros"), MILLIS("Millis"), SECONDS("Seconds"), MINUTES("Minutes"), HOURS("Hours"),
    HALF_DAYS("HalfDays"), DAYS("Days"), WEEKS("Weeks"), MONTHS("Months"), YEARS("Years"), DECADES("Decades"),
    CENTURIES("Centuries"), MILLENNIA("Millennia"), ERAS("Eras"), FOREVER("Forever");

    private final String name;
    ChronoUnit(String name) { this.name = name; }

    /* the whole units from start to end (negative when end is before start) */
    public long between(java.time.LocalDate start, java.time.LocalDate end) { return start.until(end, this); }
    public boolean isDateBased() { return compareTo(DAYS) >= 0 && this != FOREVER; }
    public boolean isTimeBased() { return compareTo(DAYS) < 0; }
    public String toString() { return name; }
}
