import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/* LocalDate.parse (ISO yyyy-MM-dd, strict): signs and year widths, the
 * index of each malformed field, unparsed text, then the field ranges and
 * impossible dates (index 0), and the round trip through toString */
public class LocalDateParse {
    public static void main(String[] args) {
        String[] texts = {
            "2022-03-04", "0000-01-01", "-0001-01-01", "-2022-01-01", "+20222-01-01", "-12345-01-01",
            "+999999999-12-31", "-999999999-01-01", "2024-02-29",
            "2022-13-01", "2022-00-10", "2022-02-30", "2023-02-29", "2022-01-32", "2022-13-32", "+12345-02-29",
            "+1000000000-01-01", "-1000000000-01-01", "+9999999999-01-01",
            "2022-1-01", "20222-01-01", "02022-01-01", "+2022-01-01", "-0000-01-01", "202-01-01", "-202-01-01",
            "+0-01-01", "-", "+", "", "abc", "2022-01", "2022-", "2022-01-", "2022-011-01", "2022-01-0",
            "2022-1a-01", "2022/01/01", "2022-+1-01", "+12345678901-01-01", " 2022-01-01", "2022-01-01 ",
            "2022-01-01x", "\u0661\u0662\u0663\u0664-01-01"
        };
        for (String t : texts) {
            try {
                LocalDate d = LocalDate.parse(t);
                System.out.println("'" + t + "' -> " + d + " " + d.equals(LocalDate.parse(d.toString())));
            } catch (DateTimeParseException e) {
                System.out.println("'" + t + "' !! " + e.getMessage() + " [index " + e.getErrorIndex()
                    + ", text '" + e.getParsedString() + "', cause " + (e.getCause() == null ? "none" : e.getCause().getClass().getSimpleName()) + "]");
            }
        }
        StringBuilder sb = new StringBuilder("2021-12-25");
        System.out.println(LocalDate.parse(sb).getDayOfWeek());
    }
}
