import java.util.Calendar;
import java.util.Date;

/* java.text.SimpleDateFormat: a Date in the default time zone
 * (Calendar's) by a pattern of the JDK's letters, in US English, as the
 * JDK's format: numbers zero-padded to the letter count (yy: the year's
 * last two digits), MMM/EEE and longer the short or full names, quoted
 * text and '' for a quote; the zone offset is Calendar's.  Not provided
 * (they throw UnsupportedOperationException): zzzz (the zone's long
 * name), dates before 1900 (where the JDK has the Julian calendar, and
 * zone offsets of its own: EST, not New York's local mean time, in 1799),
 * parsing, other locales. */
public class SimpleDateFormat extends DateFormat {
    private static final String LETTERS = "GyYMLwWDdFEuaHkKhmsSzZX";
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final String[] DAYS = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
    private final String pattern;

    /* the JDK's checks: a letter it does not know, an open quote, X of 4 or more */
    public SimpleDateFormat(String pattern) {
        if (pattern == null) throw new NullPointerException();
        boolean quoted = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'') { quoted = !quoted; continue; }
            if (quoted || !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) continue;
            if (LETTERS.indexOf(c) < 0) throw new IllegalArgumentException("Illegal pattern character '" + c + "'");
            int n = run(pattern, i);
            if (c == 'X' && n > 3) throw new IllegalArgumentException("invalid ISO 8601 format: length=" + n);
            i += n - 1;
        }
        if (quoted) throw new IllegalArgumentException("Unterminated quote");
        this.pattern = pattern;
    }
    public String toPattern() { return pattern; }

    private static int run(String p, int i) {
        int j = i;
        while (j < p.length() && p.charAt(j) == p.charAt(i)) j++;
        return j - i;
    }

    String formatDate(Date date) {
        Calendar c = Calendar.getInstance();
        c.setTime(date);
        int year = c.get(Calendar.YEAR), month = c.get(Calendar.MONTH);
        if (year < 1900)
            throw new UnsupportedOperationException("SimpleDateFormat of a date before 1900 is Java's but not in Lime's library");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char ch = pattern.charAt(i);
            if (ch == '\'') {
                if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') { sb.append('\''); i++; continue; }
                int end = i + 1;
                /* quoted text up to the closing quote; '' inside is a quote */
                while (true) {
                    if (pattern.charAt(end) == '\'') {
                        if (end + 1 < pattern.length() && pattern.charAt(end + 1) == '\'') { sb.append('\''); end += 2; continue; }
                        break;
                    }
                    sb.append(pattern.charAt(end++));
                }
                i = end;
                continue;
            }
            if (LETTERS.indexOf(ch) < 0) { sb.append(ch); continue; }
            int n = run(pattern, i);
            i += n - 1;
            field(sb, ch, n, c, date);
        }
        return sb.toString();
    }

    private static void field(StringBuilder sb, char ch, int n, Calendar c, Date date) {
        switch (ch) {
            case 'G': sb.append("AD"); break;
            case 'y': year(sb, c.get(Calendar.YEAR), n); break;
            case 'Y': {
                int wy = c.get(Calendar.YEAR), week = c.get(Calendar.WEEK_OF_YEAR), m = c.get(Calendar.MONTH);
                if (week == 1 && m == Calendar.DECEMBER) wy++;
                else if (week >= 52 && m == Calendar.JANUARY) wy--;
                year(sb, wy, n);
                break;
            }
            case 'M': case 'L': {
                int m = c.get(Calendar.MONTH);
                if (n >= 4) sb.append(MONTHS[m]);
                else if (n == 3) sb.append(MONTHS[m], 0, 3);
                else pad(sb, m + 1, n);
                break;
            }
            case 'w': pad(sb, c.get(Calendar.WEEK_OF_YEAR), n); break;
            case 'W': pad(sb, c.get(Calendar.WEEK_OF_MONTH), n); break;
            case 'D': pad(sb, c.get(Calendar.DAY_OF_YEAR), n); break;
            case 'd': pad(sb, c.get(Calendar.DAY_OF_MONTH), n); break;
            case 'F': pad(sb, c.get(Calendar.DAY_OF_WEEK_IN_MONTH), n); break;
            case 'E': {
                String day = DAYS[c.get(Calendar.DAY_OF_WEEK) - 1];
                sb.append(n >= 4 ? day : day.substring(0, 3));
                break;
            }
            case 'u': pad(sb, (c.get(Calendar.DAY_OF_WEEK) + 5) % 7 + 1, n); break;
            case 'a': sb.append(c.get(Calendar.AM_PM) == Calendar.AM ? "AM" : "PM"); break;
            case 'H': pad(sb, c.get(Calendar.HOUR_OF_DAY), n); break;
            case 'k': { int h = c.get(Calendar.HOUR_OF_DAY); pad(sb, h == 0 ? 24 : h, n); break; }
            case 'K': pad(sb, c.get(Calendar.HOUR), n); break;
            case 'h': { int h = c.get(Calendar.HOUR); pad(sb, h == 0 ? 12 : h, n); break; }
            case 'm': pad(sb, c.get(Calendar.MINUTE), n); break;
            case 's': pad(sb, c.get(Calendar.SECOND), n); break;
            case 'S': pad(sb, c.get(Calendar.MILLISECOND), n); break;
            case 'z':
                if (n >= 4) throw new UnsupportedOperationException("SimpleDateFormat zzzz (a zone's long name) is Java's but not in Lime's library");
                /* Date.toString's abbreviation: "EEE MMM dd HH:mm:ss zzz yyyy" */
                String[] parts = date.toString().split(" ");
                sb.append(parts[4]);
                break;
            default: { /* Z and X: the zone's offset, with its daylight saving */
                int minutes = (c.get(Calendar.ZONE_OFFSET) + c.get(Calendar.DST_OFFSET)) / 60000;
                if (ch == 'X' && minutes == 0) { sb.append('Z'); break; }
                sb.append(minutes < 0 ? '-' : '+');
                minutes = Math.abs(minutes);
                pad(sb, minutes / 60, 2);
                if (ch == 'X' && n == 1) break;
                if (ch == 'X' && n == 3) sb.append(':');
                pad(sb, minutes % 60, 2);
            }
        }
    }
    private static void year(StringBuilder sb, int year, int n) {
        if (n == 2) pad(sb, year % 100, 2);
        else pad(sb, year, n);
    }
    private static void pad(StringBuilder sb, int v, int width) {
        String s = Integer.toString(v);
        for (int k = s.length(); k < width; k++) sb.append('0');
        sb.append(s);
    }
}
