// error: non-static method 'scale()' cannot be referenced from a static context
public class LocalEnumInstanceMethod {
    int scale() { return 3; }
    void run() {
        enum Level {
            LOW, HIGH;
            int weight() { return ordinal() * scale(); } // <-- error
        }
        System.out.println(Level.HIGH.weight());
    }
    public static void main(String[] args) { new LocalEnumInstanceMethod().run(); }
}
