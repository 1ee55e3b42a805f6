import java.util.Calendar;
import java.util.Date;

/* Dates before 1900 in a zone whose tz database history starts with local
 * mean time (New York's until 1883): the JVM's zone data starts in 1900,
 * so earlier instants have the offset and name in effect then. */
public class DateBefore1900 {
    public static void main(String[] args) {
        long[] instants = {-5364662400000L, -3786825600000L, -3770582400000L, -2208988800000L - 3600000L,
                           -2208988800000L, -2208988800000L + 18000000L, -2177452800000L, 0L};
        for (long t : instants) System.out.println(t + " " + new Date(t));
        @SuppressWarnings("deprecation")
        Date d = new Date(1799 - 1900, 11, 31, 19, 0, 0);
        System.out.println("constructed " + d.getTime() + " " + d);
        Calendar c = Calendar.getInstance();
        c.clear();
        c.set(1850, Calendar.JULY, 4, 12, 30, 15);
        System.out.println("calendar " + c.getTimeInMillis() + " " + c.getTime() + " offset "
                           + c.get(Calendar.ZONE_OFFSET) + " dst " + c.get(Calendar.DST_OFFSET));
        c.setTimeInMillis(-3786825600000L);
        System.out.println("fields " + c.get(Calendar.YEAR) + "-" + (c.get(Calendar.MONTH) + 1) + "-" + c.get(Calendar.DAY_OF_MONTH)
                           + " " + c.get(Calendar.HOUR_OF_DAY) + ":" + c.get(Calendar.MINUTE) + ":" + c.get(Calendar.SECOND));
    }
}
