import java.util.function.*;
public class MethodRefReceivers {
    static int made = 0;
    static StringBuilder fresh() { made++; return new StringBuilder("sb" + made); }
    public static void main(String[] args) {
        Supplier<String> s = fresh()::toString;
        System.out.println(made);
        System.out.println(s.get() + " " + s.get() + " " + made);
        StringBuilder nothing = null;
        try {
            Supplier<String> t = nothing::toString;
            System.out.println("made a reference");
            t.get();
        } catch (NullPointerException e) {
            System.out.println("NPE");
        }
    }
}
