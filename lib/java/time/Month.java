/* java.time.Month: JANUARY (1) to DECEMBER (12) of the ISO calendar.  The
 * display names (TextStyle, Locale) are not provided. */
public enum Month {
    JANUARY, FEBRUARY, MARCH, APRIL, MAY, JUNE, JULY, AUGUST, SEPTEMBER, OCTOBER, NOVEMBER, DECEMBER;

    public static Month of(int month) {
        if (month < 1 || month > 12) throw new DateTimeException("Invalid value for MonthOfYear: " + month);
        return values()[month - 1];
    }
    public int getValue() { return ordinal() + 1; }
    /* months ahead, wrapping around the year; negative goes back */
    public Month plus(long months) { return values()[(int) ((ordinal() + (months % 12 + 12)) % 12)]; }
    public Month minus(long months) { return plus(-(months % 12)); }
    /* the number of days, in a leap year or not */
    public int length(boolean leapYear) {
        switch (this) {
            case FEBRUARY: return leapYear ? 29 : 28;
            case APRIL: case JUNE: case SEPTEMBER: case NOVEMBER: return 30;
            default: return 31;
        }
    }
    public int minLength() { return length(false); }
    public int maxLength() { return length(true); }
    /* the day of the year of this month's first day */
    public int firstDayOfYear(boolean leapYear) {
        int day = 1;
        for (int m = 0; m < ordinal(); m++) day += values()[m].length(leapYear);
        return day;
    }
    public Month firstMonthOfQuarter() { return values()[ordinal() / 3 * 3]; }
}
