public class ExCalendar {
    static final String[] MONTHS = { "January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December" };

    static boolean isLeap(int y) {
        return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    }

    static int daysInMonth(int y, int m) {
        switch (m) {
            case 2:
                return isLeap(y) ? 29 : 28;
            case 4: case 6: case 9: case 11:
                return 30;
            default:
                return 31;
        }
    }

    /** Zeller-like: 0 = Sunday. */
    static int dayOfWeek(int y, int m, int d) {
        int[] t = { 0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4 };
        if (m < 3) y -= 1;
        return (y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7;
    }

    static long dayNumber(int y, int m, int d) {
        long days = 0;
        for (int yy = 1970; yy < y; yy++) days += isLeap(yy) ? 366 : 365;
        for (int mm = 1; mm < m; mm++) days += daysInMonth(y, mm);
        return days + d - 1;
    }

    static void printMonth(int y, int m) {
        String title = MONTHS[m - 1] + " " + y;
        int pad = (20 - title.length()) / 2;
        System.out.println(" ".repeat(pad) + title);
        System.out.println("Su Mo Tu We Th Fr Sa");
        int start = dayOfWeek(y, m, 1);
        StringBuilder line = new StringBuilder("   ".repeat(start));
        for (int d = 1; d <= daysInMonth(y, m); d++) {
            line.append(String.format("%2d", d));
            if ((start + d) % 7 == 0) {
                System.out.println(line);
                line = new StringBuilder();
            } else {
                line.append(' ');
            }
        }
        if (line.length() > 0) System.out.println(line.toString().trim().isEmpty() ? "" : line.toString().replaceAll("\\s+$", ""));
    }

    public static void main(String[] args) {
        printMonth(2024, 2);
        printMonth(1969, 7);
        int[] years = { 1900, 2000, 2023, 2024, 2100 };
        for (int y : years) System.out.print(y + (isLeap(y) ? " leap; " : " common; "));
        System.out.println();
        long a = dayNumber(2000, 1, 1), b = dayNumber(2024, 12, 25);
        System.out.println("days between: " + (b - a) + ", weeks: " + (b - a) / 7 + " rem " + (b - a) % 7);
        String[] names = { "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday" };
        int count = 0;
        for (int y = 2000; y <= 2030; y++)
            for (int m = 1; m <= 12; m++)
                if (dayOfWeek(y, m, 13) == 5) count++;
        System.out.println("Friday 13ths 2000-2030: " + count);
        System.out.println("Christmas 2024 is a " + names[dayOfWeek(2024, 12, 25)]);
    }
}
