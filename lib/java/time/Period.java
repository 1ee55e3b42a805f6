/* java.time.Period: an amount of years, months and days, each kept as
 * given (not normalized), as the JDK's; adding one to a LocalDate adds its
 * months (years * 12 + months), then its days. */
public final class Period {
    public static final Period ZERO = new Period(0, 0, 0);
    private final int years, months, days;

    private Period(int years, int months, int days) {
        this.years = years;
        this.months = months;
        this.days = days;
    }
    public static Period of(int years, int months, int days) {
        return (years | months | days) == 0 ? ZERO : new Period(years, months, days);
    }
    public static Period ofYears(int years) { return of(years, 0, 0); }
    public static Period ofMonths(int months) { return of(0, months, 0); }
    public static Period ofWeeks(int weeks) { return of(0, 0, Math.multiplyExact(weeks, 7)); }
    public static Period ofDays(int days) { return of(0, 0, days); }
    /* start.until(end): whole months, then the days left */
    public static Period between(LocalDate startDateInclusive, LocalDate endDateExclusive) {
        return startDateInclusive.until(endDateExclusive);
    }

    public int getYears() { return years; }
    public int getMonths() { return months; }
    public int getDays() { return days; }
    public long toTotalMonths() { return years * 12L + months; }
    public boolean isZero() { return this == ZERO || (years | months | days) == 0; }
    public boolean isNegative() { return years < 0 || months < 0 || days < 0; }

    public Period withYears(int years) { return of(years, months, days); }
    public Period withMonths(int months) { return of(years, months, days); }
    public Period withDays(int days) { return of(years, months, days); }
    public Period plusYears(long n) { return n == 0 ? this : of(Math.toIntExact(Math.addExact(years, n)), months, days); }
    public Period plusMonths(long n) { return n == 0 ? this : of(years, Math.toIntExact(Math.addExact(months, n)), days); }
    public Period plusDays(long n) { return n == 0 ? this : of(years, months, Math.toIntExact(Math.addExact(days, n))); }
    public Period plus(Period p) {
        return of(Math.addExact(years, p.years), Math.addExact(months, p.months), Math.addExact(days, p.days));
    }
    public Period minus(Period p) {
        return of(Math.subtractExact(years, p.years), Math.subtractExact(months, p.months), Math.subtractExact(days, p.days));
    }
    public Period multipliedBy(int scalar) {
        if (this == ZERO || scalar == 1) return this;
        return of(Math.multiplyExact(years, scalar), Math.multiplyExact(months, scalar), Math.multiplyExact(days, scalar));
    }
    public Period negated() { return multipliedBy(-1); }
    /* the months carried into years (both then of one sign), days unchanged */
    public Period normalized() {
        long total = toTotalMonths();
        long y = total / 12;
        int m = (int) (total % 12);
        if (y == years && m == months) return this;
        return of(Math.toIntExact(y), m, days);
    }

    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof Period)) return false;
        Period p = (Period) o;
        return years == p.years && months == p.months && days == p.days;
    }
    public int hashCode() { return years + Integer.rotateLeft(months, 8) + Integer.rotateLeft(days, 16); }
    /* ISO-8601: P0D for zero, else P then each non-zero part, 1Y2M3D */
    public String toString() {
        if (isZero()) return "P0D";
        StringBuilder sb = new StringBuilder("P");
        if (years != 0) sb.append(years).append('Y');
        if (months != 0) sb.append(months).append('M');
        if (days != 0) sb.append(days).append('D');
        return sb.toString();
    }
}
