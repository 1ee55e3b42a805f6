import java.util.Date;

/* java.text.DateFormat: the base of the date formats.  Lime's formats a
 * Date (SimpleDateFormat's patterns); parsing, the style factories and
 * the Calendar and NumberFormat it could be given are not provided. */
public abstract class DateFormat extends Format {
    protected DateFormat() {}
    public final String format(Date date) { return formatDate(date); }
    abstract String formatDate(Date date);
    String formatObject(Object obj) {
        if (obj instanceof Date) return formatDate((Date) obj);
        if (obj instanceof Number) return formatDate(new Date(((Number) obj).longValue()));
        throw new IllegalArgumentException("Cannot format given Object as a Date");
    }
}
