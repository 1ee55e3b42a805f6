// error: patterns in switch statements are a preview feature and are disabled by default.
public class SwitchTypePattern {
    static String describe(Object o) {
        return switch (o) {
            case Integer i -> "int " + i; // <-- error
            default -> "other";
        };
    }
    public static void main(String[] args) { System.out.println(describe(3)); }
}
