/* java.util.GregorianCalendar: Calendar's one kind (lib/java/util/Calendar.java). */
public class GregorianCalendar extends Calendar {
    public static final int BC = 0, AD = 1;

    public GregorianCalendar() { super(); }
    public GregorianCalendar(int year, int month, int dayOfMonth) { this(year, month, dayOfMonth, 0, 0, 0); }
    public GregorianCalendar(int year, int month, int dayOfMonth, int hourOfDay, int minute) {
        this(year, month, dayOfMonth, hourOfDay, minute, 0);
    }
    /* the fields recorded (the instant is made on first use, leniently) */
    public GregorianCalendar(int year, int month, int dayOfMonth, int hourOfDay, int minute, int second) {
        super();
        clear();
        set(year, month, dayOfMonth, hourOfDay, minute, second);
    }
    public boolean isLeapYear(int year) { return leap(year); }
}
