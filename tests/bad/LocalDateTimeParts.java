// error: LocalDate.atStartOfDay() is Java's but not in Lime's library
import java.time.LocalDate;

/* Lime's java.time has dates only: a date's time-of-day members and the
 * formatter are reported as Java's, not as unknown symbols */
public class LocalDateTimeParts {
    public static void main(String[] args) {
        LocalDate d = LocalDate.of(2024, 2, 29);
        System.out.println(d.plusDays(1));
        System.out.println(d.atStartOfDay()); // <-- error
        String s = d;   // (javac rejects this line)
    }
}
