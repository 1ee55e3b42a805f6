import java.text.SimpleDateFormat;
import java.util.Date;

/* SimpleDateFormat.format in a fixed zone (America/New_York, by .env and
 * .jvm_options): every pattern letter Lime has at several counts, in
 * winter and summer time, around midnight, noon and new year (week-based
 * year), quoted text, and the constructor's errors */
public class SimpleDateFormatPatterns {
    public static void main(String[] args) {
        long[] times = {0L, 1700000000123L, 951782400000L, 1704067199999L, 1720000000999L, 1719979200000L,
                        1719936000000L, -2195899200000L, 4102444800000L};
        String[] patterns = {
            "yyyy-MM-dd", "EEEE, MMMM dd, yyyy", "y yy yyy yyyyy", "M MM MMM MMMM MMMMM", "L LL LLL LLLL",
            "d dd ddd", "E EE EEE EEEE EEEEE", "G GG GGGG", "H HH k kk K KK h hh", "m mm s ss S SS SSS SSSS",
            "a aa", "D DD DDD", "F w ww W", "u uu", "'quote' '' 'it''s' 'here'", "z Z ZZZZ X XX XXX",
            "Y YY YYYY", "yyyy-MM-dd'T'HH:mm:ss.SSSZ", "dd/MM/yy hh:mm a", "'['EEE']' d-MMM-yyyy"
        };
        for (long t : times) {
            System.out.println("== " + t);
            for (String p : patterns) System.out.println(p + " => " + new SimpleDateFormat(p).format(new Date(t)));
        }
        SimpleDateFormat f = new SimpleDateFormat("yyyy.MM.dd");
        System.out.println(f.toPattern() + " " + f.format((Object) new Date(86400000L)) + " " + f.format(Long.valueOf(0)));
        String[] bad = {"yyyy-qq", "yyyy-'open", "XXXX", "x"};
        for (String p : bad) {
            try {
                new SimpleDateFormat(p);
                System.out.println(p + " accepted");
            } catch (IllegalArgumentException e) {
                System.out.println(p + ": " + e.getMessage());
            }
        }
        try {
            f.format("2024-01-01");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            new SimpleDateFormat(null);
        } catch (NullPointerException e) {
            System.out.println("NullPointerException");
        }
    }
}
