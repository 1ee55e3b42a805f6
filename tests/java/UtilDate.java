import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashSet;
import java.util.List;

/* java.util.Date in a fixed default time zone (UtilDate.env and
 * UtilDate.jvm_options set America/New_York, which has daylight time). */
public class UtilDate {
    /* a shape that records when it was made, and never prints it */
    static abstract class Shape {
        private final Date created = new Date();
        abstract double area();
        Date created() { return created; }
    }
    static class Square extends Shape {
        final double side;
        Square(double side) { this.side = side; }
        double area() { return side * side; }
    }

    public static void main(String[] args) {
        long before = System.currentTimeMillis();
        Date now = new Date();
        Square sq = new Square(3);
        long after = System.currentTimeMillis();
        System.out.println(sq.area() + " " + (now.getTime() >= before && now.getTime() <= after));
        System.out.println(!sq.created().before(now) && sq.created().getTime() <= after);

        long[] instants = {0L, -1L, 86_399_999L, 951_782_400_000L, 1_710_054_000_000L, 1_710_053_999_999L,
                           1_730_613_600_000L, 1_730_613_599_999L, 1_000_000_000_000L, -2_000_000_000_000L};
        for (long t : instants) {
            Date d = new Date(t);
            System.out.println(t + " -> " + d + " | " + d.getTime() + " " + d.hashCode());
        }

        Date a = new Date(1_000L), b = new Date(2_000L), a2 = new Date(1_000L);
        System.out.println(a.equals(a2) + " " + a.equals(b) + " " + a.equals(null) + " " + a.equals("x") + " " + (a.hashCode() == a2.hashCode()));
        System.out.println(a.compareTo(b) + " " + b.compareTo(a) + " " + a.compareTo(a2));
        System.out.println(a.before(b) + " " + a.after(b) + " " + b.after(a) + " " + a.before(a2));
        Date c = (Date) a.clone();
        c.setTime(5_000L);
        System.out.println(a.getTime() + " " + c.getTime() + " " + c.equals(a));
        System.out.println(new Date(Long.MAX_VALUE / 1000).hashCode() + " " + new Date(-5_000_000_000_000L).hashCode());

        List<Date> dates = new ArrayList<>();
        for (long t : new long[]{300_000L, -300_000L, 0L, 300_000L}) dates.add(new Date(t));
        Collections.sort(dates);
        System.out.println(dates);
        System.out.println(new HashSet<>(dates).size() + " " + Collections.max(dates).getTime());

        @SuppressWarnings("deprecation")
        Date local = new Date(124, 0, 31, 23, 59, 30);
        System.out.println(local + " " + local.getTime());
        @SuppressWarnings("deprecation")
        Date rolled = new Date(99, 12, 32);
        System.out.println(rolled + " " + rolled.getYear() + " " + rolled.getMonth() + " " + rolled.getDate() + " " + rolled.getDay());
        @SuppressWarnings("deprecation")
        int[] fields = {local.getHours(), local.getMinutes(), local.getSeconds()};
        System.out.println(fields[0] + ":" + fields[1] + ":" + fields[2]);
    }
}
