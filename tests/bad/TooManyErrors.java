// error: incompatible types: String cannot be converted to int
// 60 errors: the first 50 are printed, then a note with the count.
public class TooManyErrors {
    static void f() {
        int x0 = "s"; // <-- error
        int x1 = "s";
        int x2 = "s";
        int x3 = "s";
        int x4 = "s";
        int x5 = "s";
        int x6 = "s";
        int x7 = "s";
        int x8 = "s";
        int x9 = "s";
        int x10 = "s";
        int x11 = "s";
        int x12 = "s";
        int x13 = "s";
        int x14 = "s";
        int x15 = "s";
        int x16 = "s";
        int x17 = "s";
        int x18 = "s";
        int x19 = "s";
        int x20 = "s";
        int x21 = "s";
        int x22 = "s";
        int x23 = "s";
        int x24 = "s";
        int x25 = "s";
        int x26 = "s";
        int x27 = "s";
        int x28 = "s";
        int x29 = "s";
        int x30 = "s";
        int x31 = "s";
        int x32 = "s";
        int x33 = "s";
        int x34 = "s";
        int x35 = "s";
        int x36 = "s";
        int x37 = "s";
        int x38 = "s";
        int x39 = "s";
        int x40 = "s";
        int x41 = "s";
        int x42 = "s";
        int x43 = "s";
        int x44 = "s";
        int x45 = "s";
        int x46 = "s";
        int x47 = "s";
        int x48 = "s";
        int x49 = "s";
        int x50 = "s";
        int x51 = "s";
        int x52 = "s";
        int x53 = "s";
        int x54 = "s";
        int x55 = "s";
        int x56 = "s";
        int x57 = "s";
        int x58 = "s";
        int x59 = "s";
    }
    public static void main(String[] args) {}
}
