/* java.time.DayOfWeek: the ISO week, MONDAY (1) to SUNDAY (7).  The
 * display names (TextStyle, Locale) are not provided. */
public enum DayOfWeek {
    MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY;

    public static DayOfWeek of(int dayOfWeek) {
        if (dayOfWeek < 1 || dayOfWeek > 7) throw new DateTimeException("Invalid value for DayOfWeek: " + dayOfWeek);
        return values()[dayOfWeek - 1];
    }
    public int getValue() { return ordinal() + 1; }
    /* days ahead, wrapping around the week; negative goes back */
    public DayOfWeek plus(long days) { return values()[(int) ((ordinal() + (days % 7 + 7)) % 7)]; }
    public DayOfWeek minus(long days) { return plus(-(days % 7)); }
}
