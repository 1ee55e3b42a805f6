/* LimeDates: java.time's shared checks (the JDK's field ranges and
 * messages) and its digit reader. */
final class LimeDates {
    static final int MIN_YEAR = -999999999, MAX_YEAR = 999999999;
    private LimeDates() {}

    /* the year, which must be in MIN_YEAR..MAX_YEAR */
    static int checkYear(long year) {
        check("Year", "-999999999 - 999999999", year, MIN_YEAR, MAX_YEAR);
        return (int) year;
    }
    static void check(String field, String range, long value, long min, long max) {
        if (value < min || value > max)
            throw new DateTimeException("Invalid value for " + field + " (valid values " + range + "): " + value);
    }
    /* up to max ASCII digits of s from pos[0] (advanced past them), their value */
    static long digits(String s, int[] pos, int max) {
        long v = 0;
        int i = pos[0];
        while (i < s.length() && i - pos[0] < max && s.charAt(i) >= '0' && s.charAt(i) <= '9')
            v = v * 10 + (s.charAt(i++) - '0');
        pos[0] = i;
        return v;
    }
}
