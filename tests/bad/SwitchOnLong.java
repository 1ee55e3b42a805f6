// error: patterns in switch statements are a preview feature and are disabled by default.
public class SwitchOnLong {
    public static void main(String[] args) {
        long big = 1L << 40;
        switch (big) { // <-- error
            case 1: System.out.println("one"); break;
            default: System.out.println("big");
        }
    }
}
