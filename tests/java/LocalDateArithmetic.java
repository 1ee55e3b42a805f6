import java.time.*;
import java.time.temporal.ChronoUnit;
import java.util.*;

/* java.time.LocalDate, Period, DayOfWeek, Month and ChronoUnit: epoch-day
 * conversion over the whole range, month and year arithmetic at month
 * ends and leap days, until/Period.between both ways, the date units,
 * compareTo's differences, hashCode, toString of small, negative and
 * five-digit years, and every check's exception message */
public class LocalDateArithmetic {
    interface Action { Object run(); }

    static void attempt(String label, Action a) {
        try {
            System.out.println(label + ": " + a.run());
        } catch (RuntimeException e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        Random rnd = new Random(2026);
        long checksum = 0;
        for (int i = 0; i < 20000; i++) {
            long epochDay = i < 10000 ? rnd.nextInt(800000) - 400000 : (rnd.nextLong() % 365241780471L);
            LocalDate d = LocalDate.ofEpochDay(epochDay);
            if (d.toEpochDay() != epochDay) System.out.println("round trip failed: " + epochDay);
            checksum = checksum * 31 + d.getYear() * 400L + d.getMonthValue() * 32 + d.getDayOfMonth()
                + d.getDayOfWeek().getValue() + d.getDayOfYear() * 7L;
            if (i % 2500 == 0) System.out.println(epochDay + " = " + d + " " + d.getDayOfWeek() + " day " + d.getDayOfYear());
        }
        System.out.println("checksum " + checksum);
        System.out.println(LocalDate.MIN + " " + LocalDate.MAX + " " + LocalDate.EPOCH + " "
            + LocalDate.MIN.toEpochDay() + " " + LocalDate.MAX.toEpochDay());

        LocalDate[] dates = {
            LocalDate.of(2024, 1, 31), LocalDate.of(2024, 2, 29), LocalDate.of(2023, 3, 31), LocalDate.of(2000, 12, 31),
            LocalDate.of(1900, 2, 28), LocalDate.of(-5, 3, 4), LocalDate.of(0, 1, 1), LocalDate.of(12345, 6, 7),
            LocalDate.of(-12345, 10, 1), LocalDate.of(999, 9, 9), LocalDate.of(1, Month.JANUARY, 1)
        };
        for (LocalDate d : dates) {
            System.out.println(d + " leap=" + d.isLeapYear() + " len=" + d.lengthOfMonth() + "/" + d.lengthOfYear()
                + " +1M=" + d.plusMonths(1) + " -1M=" + d.minusMonths(1) + " +13M=" + d.plusMonths(13)
                + " +1Y=" + d.plusYears(1) + " -4Y=" + d.minusYears(4) + " +3W=" + d.plusWeeks(3)
                + " -1D=" + d.minusDays(1) + " hash=" + d.hashCode() + " month=" + d.getMonth()
                + " withDay1=" + d.withDayOfMonth(1) + " withMonth2=" + d.withMonth(2) + " withYear2023=" + d.withYear(2023)
                + " withDayOfYear60=" + d.withDayOfYear(60));
        }
        for (LocalDate a : dates) {
            StringBuilder sb = new StringBuilder(a.toString());
            for (LocalDate b : dates) {
                sb.append(' ').append(a.compareTo(b)).append(a.isBefore(b) ? "<" : a.isAfter(b) ? ">" : "=");
            }
            System.out.println(sb);
        }

        LocalDate[] span = {
            LocalDate.of(2020, 1, 31), LocalDate.of(2020, 2, 29), LocalDate.of(2020, 3, 1), LocalDate.of(2020, 5, 31),
            LocalDate.of(2021, 2, 28), LocalDate.of(2019, 12, 31), LocalDate.of(2023, 7, 15), LocalDate.of(1999, 7, 16)
        };
        ChronoUnit[] units = {ChronoUnit.DAYS, ChronoUnit.WEEKS, ChronoUnit.MONTHS, ChronoUnit.YEARS, ChronoUnit.DECADES};
        for (LocalDate a : span) {
            for (LocalDate b : span) {
                StringBuilder sb = new StringBuilder(a + ".." + b + " " + Period.between(a, b) + " " + a.until(b));
                for (ChronoUnit u : units) sb.append(' ').append(u).append('=').append(u.between(a, b));
                sb.append(" back=").append(a.plus(a.until(b)));
                System.out.println(sb);
            }
        }
        System.out.println(LocalDate.of(-3, 1, 1).until(LocalDate.of(2020, 2, 29), ChronoUnit.ERAS) + " "
            + LocalDate.of(1000, 1, 1).until(LocalDate.of(3999, 12, 31), ChronoUnit.MILLENNIA) + " "
            + LocalDate.of(1000, 1, 1).until(LocalDate.of(1250, 1, 1), ChronoUnit.CENTURIES));
        System.out.println(LocalDate.of(2020, 1, 1).plus(3, ChronoUnit.DECADES) + " "
            + LocalDate.of(2020, 1, 1).plus(2, ChronoUnit.CENTURIES) + " "
            + LocalDate.of(2020, 2, 29).minus(1, ChronoUnit.MILLENNIA) + " "
            + LocalDate.of(2020, 2, 29).plus(0, ChronoUnit.ERAS) + " "
            + LocalDate.of(2020, 2, 29).minus(1, ChronoUnit.ERAS) + " "
            + LocalDate.of(2020, 1, 31).plus(Period.of(1, 1, 1)) + " "
            + LocalDate.of(2020, 3, 31).minus(Period.ofMonths(1)));

        Period p = Period.of(1, 14, -3);
        System.out.println(p + " " + p.normalized() + " " + p.toTotalMonths() + " " + p.negated() + " " + p.isNegative()
            + " " + p.multipliedBy(3) + " " + p.plus(Period.ofWeeks(2)) + " " + p.minus(p) + " " + p.minus(p).isZero()
            + " " + Period.ZERO + " " + Period.ofYears(2).plusMonths(3).plusDays(-4) + " " + p.hashCode()
            + " " + p.equals(Period.of(1, 14, -3)) + " " + Period.of(0, -25, 0).normalized()
            + " " + p.withYears(0).withMonths(0).withDays(0) + " " + p.getYears() + "/" + p.getMonths() + "/" + p.getDays());

        for (DayOfWeek d : DayOfWeek.values())
            System.out.print(d + "(" + d.getValue() + ")+3=" + d.plus(3) + " -10=" + d.minus(10) + " ");
        System.out.println(DayOfWeek.of(7) + " " + DayOfWeek.MONDAY.plus(-15) + " " + DayOfWeek.SUNDAY.plus(Long.MAX_VALUE));
        for (Month m : Month.values())
            System.out.print(m + "(" + m.getValue() + ") " + m.length(false) + "/" + m.length(true) + " "
                + m.minLength() + "/" + m.maxLength() + " first=" + m.firstDayOfYear(true) + " q=" + m.firstMonthOfQuarter()
                + " +5=" + m.plus(5) + " -13=" + m.minus(13) + "; ");
        System.out.println();
        System.out.println(Arrays.toString(ChronoUnit.values()) + " " + ChronoUnit.HALF_DAYS.isTimeBased()
            + " " + ChronoUnit.DAYS.isDateBased() + " " + ChronoUnit.FOREVER.isDateBased());

        attempt("of 2023-02-30", () -> LocalDate.of(2023, 2, 30));
        attempt("of 2023-02-29", () -> LocalDate.of(2023, 2, 29));
        attempt("of 2023-04-31", () -> LocalDate.of(2023, 4, 31));
        attempt("of month 13", () -> LocalDate.of(2023, 13, 1));
        attempt("of day 0", () -> LocalDate.of(2023, 1, 0));
        attempt("of day 32", () -> LocalDate.of(2023, Month.MAY, 32));
        attempt("of year", () -> LocalDate.of(1000000000, 1, 1));
        attempt("ofYearDay 366", () -> LocalDate.ofYearDay(2023, 366));
        attempt("ofYearDay 367", () -> LocalDate.ofYearDay(2024, 367));
        attempt("ofYearDay 2024/60", () -> LocalDate.ofYearDay(2024, 60));
        attempt("ofEpochDay", () -> LocalDate.ofEpochDay(Long.MAX_VALUE));
        attempt("DayOfWeek.of 0", () -> DayOfWeek.of(0));
        attempt("Month.of 13", () -> Month.of(13));
        attempt("plusDays overflow", () -> LocalDate.of(2020, 1, 1).plusDays(Long.MAX_VALUE));
        attempt("plusDays past MAX", () -> LocalDate.MAX.plusDays(1));
        attempt("minusDays MIN_VALUE", () -> LocalDate.of(2020, 1, 1).minusDays(Long.MIN_VALUE));
        attempt("plusMonths", () -> LocalDate.of(2020, 1, 1).plusMonths(Long.MAX_VALUE / 2));
        attempt("plusYears", () -> LocalDate.of(2020, 1, 1).plusYears(2000000000L));
        attempt("plusWeeks", () -> LocalDate.of(2020, 1, 1).plusWeeks(Long.MAX_VALUE / 3));
        attempt("withDayOfMonth 31", () -> LocalDate.of(2022, 2, 4).withDayOfMonth(31));
        attempt("withMonth 0", () -> LocalDate.of(2022, 2, 4).withMonth(0));
        attempt("plus ERAS 2", () -> LocalDate.of(2022, 2, 4).plus(1, ChronoUnit.ERAS));
        attempt("until HOURS", () -> LocalDate.of(2020, 1, 1).until(LocalDate.of(2021, 1, 1), ChronoUnit.HOURS));
        attempt("between FOREVER", () -> ChronoUnit.FOREVER.between(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1)));
        attempt("plus MINUTES", () -> LocalDate.of(2020, 1, 1).plus(1, ChronoUnit.MINUTES));
        attempt("ofWeeks", () -> Period.ofWeeks(Integer.MAX_VALUE));
        attempt("plusMonths period", () -> Period.ofMonths(Integer.MAX_VALUE).plusMonths(1));
        attempt("of null month", () -> LocalDate.of(2020, (Month) null, 1));
        java.util.Calendar c = java.util.Calendar.getInstance();
        LocalDate today = LocalDate.now();
        System.out.println("now matches Calendar: " + (today.getYear() == c.get(java.util.Calendar.YEAR)
            && today.getMonthValue() == c.get(java.util.Calendar.MONTH) + 1));

        TreeSet<LocalDate> sorted = new TreeSet<>(Arrays.asList(dates));
        System.out.println(sorted.first() + " .. " + sorted.last() + " " + new HashSet<>(Arrays.asList(span)).size());
    }
}
