import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;

/* Date and Calendar in a default zone given as a custom ID (DateFixedZone.env:
 * TZ=GMT-03:30; .jvm_options: the same user.timezone): a fixed offset
 * named GMT-03:30, without daylight saving. */
public class DateFixedZone {
    public static void main(String[] args) {
        for (long t : new long[]{0L, 1_710_054_000_000L, 1_730_613_600_000L, -1L, 12_600_000L, 12_599_999L})
            System.out.println(new Date(t));
        Calendar c = new GregorianCalendar(2024, Calendar.MARCH, 10, 2, 30);
        System.out.println(c.getTime() + " " + c.getTimeInMillis() + " " + c.get(Calendar.ZONE_OFFSET) + " " + c.get(Calendar.DST_OFFSET));
        c.add(Calendar.DATE, 240);
        System.out.println(c.getTime() + " " + c.get(Calendar.HOUR_OF_DAY) + " " + c.get(Calendar.DAY_OF_YEAR) + " " + c.get(Calendar.WEEK_OF_YEAR));
        @SuppressWarnings("deprecation")
        Date local = new Date(100, 0, 1);
        System.out.println(local + " " + local.getTime() + " " + local.getHours());
    }
}
