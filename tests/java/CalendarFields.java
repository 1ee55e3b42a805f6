import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;

/* java.util.Calendar / GregorianCalendar in a fixed default time zone
 * (CalendarFields.env and .jvm_options: America/New_York, which has
 * daylight saving): the constants, get of every field, lenient set, add,
 * getActualMaximum; a Calendar made from the clock prints only properties. */
public class CalendarFields {
    static final String[] NAMES = {"ERA", "YEAR", "MONTH", "WEEK_OF_YEAR", "WEEK_OF_MONTH", "DATE", "DAY_OF_YEAR",
        "DAY_OF_WEEK", "DAY_OF_WEEK_IN_MONTH", "AM_PM", "HOUR", "HOUR_OF_DAY", "MINUTE", "SECOND", "MILLISECOND",
        "ZONE_OFFSET", "DST_OFFSET"};

    static String fields(Calendar c) {
        StringBuilder b = new StringBuilder();
        for (int f = 0; f < Calendar.FIELD_COUNT; f++) b.append(f == 0 ? "" : " ").append(c.get(f));
        return b.toString();
    }
    static String show(Calendar c) {
        return c.getTime() + " " + c.getTimeInMillis() + " [" + fields(c) + "]";
    }

    interface Action { void run() throws Exception; }
    static void attempt(String label, Action a) {
        try {
            a.run();
            System.out.println(label + ": ok");
        } catch (Exception e) {
            System.out.println(label + ": " + e);
        }
    }

    public static void main(String[] args) {
        System.out.println(Calendar.ERA + " " + Calendar.YEAR + " " + Calendar.MONTH + " " + Calendar.DAY_OF_MONTH + " " + Calendar.DATE
                + " " + Calendar.DAY_OF_WEEK + " " + Calendar.HOUR_OF_DAY + " " + Calendar.MILLISECOND + " " + Calendar.FIELD_COUNT);
        System.out.println(Calendar.SUNDAY + " " + Calendar.SATURDAY + " " + Calendar.JANUARY + " " + Calendar.DECEMBER + " "
                + Calendar.AM + " " + Calendar.PM + " " + GregorianCalendar.AD + " " + GregorianCalendar.BC);

        long before = System.currentTimeMillis();
        Calendar now = Calendar.getInstance();
        long after = System.currentTimeMillis();
        System.out.println((now instanceof GregorianCalendar) + " " + (now.getTimeInMillis() >= before && now.getTimeInMillis() <= after)
                + " " + (now.get(Calendar.YEAR) >= 2024) + " " + (now.getTime().getTime() == now.getTimeInMillis()));

        Calendar c = Calendar.getInstance();
        long[] instants = {0L, 951_782_400_000L, 1_710_054_000_000L, 1_710_053_999_999L, 1_730_613_599_999L,
                           1_730_613_600_000L, 1_735_689_599_999L, 1_704_067_199_000L, 1_136_073_600_000L, -2_000_000_000_123L};
        for (long t : instants) {
            c.setTimeInMillis(t);
            System.out.println(show(c));
        }

        GregorianCalendar g = new GregorianCalendar(2024, Calendar.JANUARY, 31);
        System.out.println(show(g) + " " + g.isLeapYear(2024) + " " + g.isLeapYear(1900) + " " + g.isLeapYear(2000));
        g.add(Calendar.MONTH, 1);
        System.out.println("+1 month " + show(g));
        g.add(Calendar.MONTH, 12);
        System.out.println("+12 months " + show(g));
        g.add(Calendar.YEAR, -1);
        System.out.println("-1 year " + show(g));
        g.add(Calendar.DATE, 40);
        System.out.println("+40 days " + show(g));
        g.add(Calendar.DAY_OF_MONTH, -400);
        System.out.println("-400 days " + show(g));
        g.add(Calendar.WEEK_OF_YEAR, 3);
        System.out.println("+3 weeks " + show(g));
        g.add(Calendar.HOUR_OF_DAY, 30);
        System.out.println("+30 hours " + show(g));
        g.add(Calendar.MINUTE, -90);
        g.add(Calendar.SECOND, 3725);
        g.add(Calendar.MILLISECOND, 1234);
        System.out.println("time " + show(g));

        GregorianCalendar leap = new GregorianCalendar(2024, Calendar.FEBRUARY, 29, 13, 45, 30);
        leap.add(Calendar.YEAR, 1);
        System.out.println("Feb 29 + 1 year " + show(leap));

        Calendar dst = new GregorianCalendar(2024, Calendar.MARCH, 9, 12, 0);
        dst.add(Calendar.DATE, 1);
        System.out.println("day over spring forward " + show(dst));
        dst.add(Calendar.HOUR, -24);
        System.out.println("24 hours back " + show(dst));

        Calendar s = new GregorianCalendar(2023, Calendar.MAY, 15, 8, 30, 0);
        s.set(Calendar.MONTH, Calendar.FEBRUARY);
        s.set(Calendar.DATE, 30);
        System.out.println("Feb 30 " + show(s));
        s.set(Calendar.MONTH, 13);
        s.set(Calendar.DAY_OF_MONTH, 0);
        System.out.println("month 13 day 0 " + show(s));
        s.set(Calendar.HOUR_OF_DAY, 25);
        s.set(Calendar.MINUTE, -5);
        System.out.println("hour 25 minute -5 " + show(s));
        s.set(Calendar.HOUR, 3);
        s.set(Calendar.AM_PM, Calendar.PM);
        System.out.println("3 PM " + show(s));
        s.set(Calendar.HOUR_OF_DAY, 7);
        System.out.println("7 o'clock " + show(s));
        s.set(2020, Calendar.DECEMBER, 31, 23, 59, 59);
        s.set(Calendar.MILLISECOND, 999);
        System.out.println("set 6 " + show(s));
        s.set(Calendar.SECOND, 60);
        System.out.println("second 60 " + show(s));
        s.set(Calendar.YEAR, 2021);
        System.out.println(s.get(Calendar.YEAR) + " " + s.getActualMaximum(Calendar.DAY_OF_MONTH) + " " + s.getActualMaximum(Calendar.DAY_OF_YEAR));

        Calendar m = new GregorianCalendar(2023, Calendar.JANUARY, 1);
        StringBuilder lengths = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            lengths.append(m.getActualMaximum(Calendar.DAY_OF_MONTH)).append(m.get(Calendar.DAY_OF_WEEK)).append(' ');
            m.add(Calendar.MONTH, 1);
        }
        System.out.println(lengths + "" + m.getActualMinimum(Calendar.DAY_OF_MONTH) + m.getActualMaximum(Calendar.MONTH)
                + m.getActualMaximum(Calendar.HOUR_OF_DAY) + m.getFirstDayOfWeek() + m.getMinimalDaysInFirstWeek());

        Calendar c1 = new GregorianCalendar(2022, 5, 1), c2 = new GregorianCalendar(2022, 5, 2);
        Calendar c3 = (Calendar) c1.clone();
        System.out.println(c1.before(c2) + " " + c1.after(c2) + " " + c1.compareTo(c2) + " " + c1.equals(c3) + " " + c1.equals(c2)
                + " " + c1.before(new Date()) + " " + (c3 != c1));
        c3.add(Calendar.DATE, 1);
        System.out.println(c3.equals(c2) + " " + c1.get(Calendar.DATE));
        Calendar fromDate = Calendar.getInstance();
        fromDate.setTime(new Date(86_400_000L * 365));
        System.out.println(show(fromDate));
        fromDate.clear();
        System.out.println("clear " + show(fromDate));
        fromDate.set(Calendar.YEAR, 1999);
        System.out.println("year 1999 " + show(fromDate));

        attempt("get(-1)", () -> c.get(-1));
        attempt("get(17)", () -> c.get(17));
        attempt("add(ZONE_OFFSET)", () -> c.add(Calendar.ZONE_OFFSET, 1));
        attempt("add(DST_OFFSET, 0)", () -> c.add(Calendar.DST_OFFSET, 0));
    }
}
