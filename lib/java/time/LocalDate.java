import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.UnsupportedTemporalTypeException;

/* java.time.LocalDate: a date of the proleptic ISO (Gregorian) calendar,
 * years -999999999 to 999999999, as the JDK's: the same checks and
 * messages, arithmetic (a month added keeps the day, or the month's last
 * one), until/Period, parse of ISO yyyy-MM-dd and toString.  Formatting
 * with DateTimeFormatter, times and zones are not provided; now() is
 * today in the default time zone (Calendar's). */
public final class LocalDate implements Comparable<LocalDate> {
    public static final LocalDate MIN = new LocalDate(LimeDates.MIN_YEAR, 1, 1);
    public static final LocalDate MAX = new LocalDate(LimeDates.MAX_YEAR, 12, 31);
    public static final LocalDate EPOCH = new LocalDate(1970, 1, 1);

    private final int year;
    private final short month, day;     /* a valid date: of() checked them */

    private LocalDate(int year, int month, int day) {
        this.year = year;
        this.month = (short) month;
        this.day = (short) day;
    }

    public static LocalDate of(int year, Month month, int dayOfMonth) {
        if (month == null) throw new NullPointerException("month");
        return of(year, month.getValue(), dayOfMonth);
    }
    public static LocalDate of(int year, int month, int dayOfMonth) {
        LimeDates.checkYear(year);
        LimeDates.check("MonthOfYear", "1 - 12", month, 1, 12);
        LimeDates.check("DayOfMonth", "1 - 28/31", dayOfMonth, 1, 31);
        if (dayOfMonth > 28 && dayOfMonth > Month.of(month).length(isLeap(year))) {
            if (dayOfMonth == 29)
                throw new DateTimeException("Invalid date 'February 29' as '" + year + "' is not a leap year");
            throw new DateTimeException("Invalid date '" + Month.of(month).name() + " " + dayOfMonth + "'");
        }
        return new LocalDate(year, month, dayOfMonth);
    }
    public static LocalDate ofYearDay(int year, int dayOfYear) {
        LimeDates.checkYear(year);
        LimeDates.check("DayOfYear", "1 - 365/366", dayOfYear, 1, 366);
        boolean leap = isLeap(year);
        if (dayOfYear == 366 && !leap)
            throw new DateTimeException("Invalid date 'DayOfYear 366' as '" + year + "' is not a leap year");
        int m = 1;
        while (dayOfYear > Month.of(m).length(leap)) dayOfYear -= Month.of(m++).length(leap);
        return new LocalDate(year, m, dayOfYear);
    }
    /* days since 1970-01-01, through the 400-year cycle of 146097 days
     * (counted from March 1st, so that February's length comes last) */
    public static LocalDate ofEpochDay(long epochDay) {
        if (epochDay < -365243219162L || epochDay > 365241780471L)
            throw new DateTimeException("Invalid value for EpochDay (valid values -365243219162 - 365241780471): " + epochDay);
        long z = epochDay + 719468;
        long era = Math.floorDiv(z, 146097L);
        long doe = z - era * 146097;
        long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        int d = (int) (doy - (153 * mp + 2) / 5 + 1);
        int m = (int) (mp < 10 ? mp + 3 : mp - 9);
        long y = yoe + era * 400 + (m <= 2 ? 1 : 0);
        return new LocalDate((int) y, m, d);
    }
    public static LocalDate now() {
        java.util.Calendar c = java.util.Calendar.getInstance();
        return of(c.get(java.util.Calendar.YEAR), c.get(java.util.Calendar.MONTH) + 1, c.get(java.util.Calendar.DAY_OF_MONTH));
    }
    /* ISO_LOCAL_DATE, strictly: a year of 4 digits (more only after a
     * sign; '-' for negative years), '-', 2-digit month, '-', 2-digit day */
    public static LocalDate parse(CharSequence text) {
        String s = text.toString();
        int[] pos = {0};
        int signAt = 0;
        char sign = s.length() > 0 ? s.charAt(0) : 0;
        if (sign == '+' || sign == '-') pos[0]++;
        else sign = 0;
        int digitsAt = pos[0];
        long year = LimeDates.digits(s, pos, 10);
        int n = pos[0] - digitsAt;
        if (n < 4) throw unparsable(s, digitsAt);
        if ((sign == 0 && n > 4) || (sign == '+' && n == 4) || (sign == '-' && year == 0)) throw unparsable(s, signAt);
        if (sign == '-') year = -year;
        int month = (int) twoDigits(s, pos);
        int day = (int) twoDigits(s, pos);
        if (pos[0] < s.length())
            throw new DateTimeParseException("Text '" + s + "' could not be parsed, unparsed text found at index " + pos[0], s, pos[0]);
        try {
            if (year < LimeDates.MIN_YEAR || year > LimeDates.MAX_YEAR) LimeDates.checkYear(year);
            return of((int) year, month, day);
        } catch (DateTimeException e) {
            throw new DateTimeParseException("Text '" + s + "' could not be parsed: " + e.getMessage(), s, 0, e);
        }
    }
    /* '-' then exactly two digits, at pos[0] (advanced past them) */
    private static long twoDigits(String s, int[] pos) {
        if (pos[0] >= s.length() || s.charAt(pos[0]) != '-') throw unparsable(s, pos[0]);
        int at = ++pos[0];
        long v = LimeDates.digits(s, pos, 2);
        if (pos[0] - at < 2) throw unparsable(s, at);
        return v;
    }
    private static DateTimeParseException unparsable(String s, int index) {
        return new DateTimeParseException("Text '" + s + "' could not be parsed at index " + index, s, index);
    }

    private static boolean isLeap(long year) { return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0); }

    public int getYear() { return year; }
    public int getMonthValue() { return month; }
    public Month getMonth() { return Month.of(month); }
    public int getDayOfMonth() { return day; }
    public int getDayOfYear() { return getMonth().firstDayOfYear(isLeapYear()) + day - 1; }
    /* 1970-01-01 was a Thursday */
    public DayOfWeek getDayOfWeek() { return DayOfWeek.of((int) Math.floorMod(toEpochDay() + 3, 7L) + 1); }
    public boolean isLeapYear() { return isLeap(year); }
    public int lengthOfMonth() { return getMonth().length(isLeapYear()); }
    public int lengthOfYear() { return isLeapYear() ? 366 : 365; }

    public long toEpochDay() {
        long y = year - (month <= 2 ? 1 : 0);
        long era = Math.floorDiv(y, 400L);
        long yoe = y - era * 400;
        long doy = (153 * ((month + 9) % 12) + 2) / 5 + day - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }
    private long prolepticMonth() { return year * 12L + month - 1; }

    /* the day kept, or the month's last day where it is shorter */
    private static LocalDate previousValid(int year, int month, int day) {
        return new LocalDate(year, month, Math.min(day, Month.of(month).length(isLeap(year))));
    }
    public LocalDate withYear(int year) {
        if (this.year == year) return this;
        LimeDates.checkYear(year);
        return previousValid(year, month, day);
    }
    public LocalDate withMonth(int month) {
        if (this.month == month) return this;
        LimeDates.check("MonthOfYear", "1 - 12", month, 1, 12);
        return previousValid(year, month, day);
    }
    public LocalDate withDayOfMonth(int dayOfMonth) { return day == dayOfMonth ? this : of(year, month, dayOfMonth); }
    public LocalDate withDayOfYear(int dayOfYear) { return getDayOfYear() == dayOfYear ? this : ofYearDay(year, dayOfYear); }

    /* within this month or into the next (up to day 59): as the JDK's, whose
     * year check then comes before the epoch-day range's */
    public LocalDate plusDays(long days) {
        if (days == 0) return this;
        long dom = day + days;
        if (dom > 0 && dom <= 59) {
            int len = lengthOfMonth();
            if (dom <= len) return new LocalDate(year, month, (int) dom);
            if (month < 12) return new LocalDate(year, month + 1, (int) (dom - len));
            return new LocalDate(LimeDates.checkYear(year + 1L), 1, (int) (dom - len));
        }
        return ofEpochDay(Math.addExact(toEpochDay(), days));
    }
    public LocalDate plusWeeks(long weeks) { return plusDays(Math.multiplyExact(weeks, 7L)); }
    public LocalDate plusMonths(long months) {
        if (months == 0) return this;
        long total = Math.addExact(prolepticMonth(), months);
        int y = LimeDates.checkYear(Math.floorDiv(total, 12L));
        return previousValid(y, (int) Math.floorMod(total, 12L) + 1, day);
    }
    public LocalDate plusYears(long years) {
        if (years == 0) return this;
        return previousValid(LimeDates.checkYear(year + years), month, day);
    }
    /* the negation of Long.MIN_VALUE overflows: it goes in two steps */
    public LocalDate minusDays(long n) { return n == Long.MIN_VALUE ? plusDays(Long.MAX_VALUE).plusDays(1) : plusDays(-n); }
    public LocalDate minusWeeks(long n) { return n == Long.MIN_VALUE ? plusWeeks(Long.MAX_VALUE).plusWeeks(1) : plusWeeks(-n); }
    public LocalDate minusMonths(long n) { return n == Long.MIN_VALUE ? plusMonths(Long.MAX_VALUE).plusMonths(1) : plusMonths(-n); }
    public LocalDate minusYears(long n) { return n == Long.MIN_VALUE ? plusYears(Long.MAX_VALUE).plusYears(1) : plusYears(-n); }
    public LocalDate plus(Period p) { return plusMonths(p.toTotalMonths()).plusDays(p.getDays()); }
    public LocalDate minus(Period p) { return minusMonths(p.toTotalMonths()).minusDays(p.getDays()); }
    public LocalDate plus(long amount, ChronoUnit unit) {
        switch (unit) {
            case DAYS: return plusDays(amount);
            case WEEKS: return plusWeeks(amount);
            case MONTHS: return plusMonths(amount);
            case YEARS: return plusYears(amount);
            case DECADES: return plusYears(Math.multiplyExact(amount, 10L));
            case CENTURIES: return plusYears(Math.multiplyExact(amount, 100L));
            case MILLENNIA: return plusYears(Math.multiplyExact(amount, 1000L));
            case ERAS: {
                /* the era (1 from year 1, else 0) changes: the year of era is kept */
                if (amount == 0) return this;
                long era = Math.addExact(year >= 1 ? 1L : 0L, amount);
                if (era != 0 && era != 1) throw new DateTimeException("Invalid value for Era (valid values 0 - 1): " + era);
                return withYear(1 - year);
            }
            default: throw new UnsupportedTemporalTypeException("Unsupported unit: " + unit);
        }
    }
    public LocalDate minus(long amount, ChronoUnit unit) {
        return amount == Long.MIN_VALUE ? plus(Long.MAX_VALUE, unit).plus(1, unit) : plus(-amount, unit);
    }

    /* whole months from this to end: the day of the month (then nothing
     * finer) decides whether the last month is complete */
    private long monthsUntil(LocalDate end) {
        long packed1 = prolepticMonth() * 32L + day, packed2 = end.prolepticMonth() * 32L + end.day;
        return (packed2 - packed1) / 32;
    }
    public long until(LocalDate end, ChronoUnit unit) {
        switch (unit) {
            case DAYS: return end.toEpochDay() - toEpochDay();
            case WEEKS: return (end.toEpochDay() - toEpochDay()) / 7;
            case MONTHS: return monthsUntil(end);
            case YEARS: return monthsUntil(end) / 12;
            case DECADES: return monthsUntil(end) / 120;
            case CENTURIES: return monthsUntil(end) / 1200;
            case MILLENNIA: return monthsUntil(end) / 12000;
            case ERAS: return (end.year >= 1 ? 1 : 0) - (year >= 1 ? 1 : 0);
            default: throw new UnsupportedTemporalTypeException("Unsupported unit: " + unit);
        }
    }
    /* whole months and the days left; a negative period has both parts
     * negative (or zero) */
    public Period until(LocalDate end) {
        long totalMonths = end.prolepticMonth() - prolepticMonth();
        int days = end.day - day;
        if (totalMonths > 0 && days < 0) {
            totalMonths--;
            days = (int) (end.toEpochDay() - plusMonths(totalMonths).toEpochDay());
        } else if (totalMonths < 0 && days > 0) {
            totalMonths++;
            days -= end.lengthOfMonth();
        }
        return Period.of(Math.toIntExact(totalMonths / 12), (int) (totalMonths % 12), days);
    }

    public boolean isAfter(LocalDate other) { return compareTo(other) > 0; }
    public boolean isBefore(LocalDate other) { return compareTo(other) < 0; }
    public boolean isEqual(LocalDate other) { return compareTo(other) == 0; }
    /* the difference of the first field that differs (year, month, day), as the JDK's */
    public int compareTo(LocalDate other) {
        int cmp = year - other.year;
        if (cmp == 0) {
            cmp = month - other.month;
            if (cmp == 0) cmp = day - other.day;
        }
        return cmp;
    }
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof LocalDate)) return false;
        LocalDate d = (LocalDate) o;
        return year == d.year && month == d.month && day == d.day;
    }
    public int hashCode() { return (year & 0xFFFFF800) ^ ((year << 11) + (month << 6) + day); }
    /* yyyy-MM-dd: years below 1000 padded to 4 digits (after '-' if
     * negative), years above 9999 with '+' */
    public String toString() {
        StringBuilder sb = new StringBuilder(10);
        int abs = Math.abs(year);
        if (abs < 1000) {
            if (year < 0) sb.append('-');
            sb.append(Integer.toString(abs + 10000).substring(1));
        } else {
            if (year > 9999) sb.append('+');
            sb.append(year);
        }
        return sb.append(month < 10 ? "-0" : "-").append(month).append(day < 10 ? "-0" : "-").append(day).toString();
    }
}
