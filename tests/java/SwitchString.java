public class SwitchString {
    static final String GREETING = "hello";
    static int code(String cmd) {
        switch (cmd) {
            case "start": return 1;
            case "stop": return 2;
            case "pause":
            case "wait":
                return 3;
            case GREETING: return 4;
            case "": return 5;
            case "Aa": return 6;
            case "BB": return 7;
            default: return -1;
        }
    }
    public static void main(String[] args) {
        String[] cmds = { "start", "stop", "pause", "wait", "hello", "", "Aa", "BB", "START", "st" + "op", "unknown" };
        for (String c : cmds) System.out.println("'" + c + "' -> " + code(c));
        System.out.println("Aa".hashCode() == "BB".hashCode());
        String dyn = "";
        for (int i = 0; i < 3; i++) dyn += (char) ('a' + i);
        switch (dyn) {
            case "abc": System.out.println("dynamic string matched"); break;
            default: System.out.println("no");
        }
        String fall = "two";
        switch (fall) {
            case "one":
                System.out.println("1");
            case "two":
                System.out.println("2");
            case "three":
                System.out.println("3");
                break;
            default:
                System.out.println("d");
        }
        int total = 0;
        String[] words = { "a", "b", "c", "a", "z" };
        for (String w : words) {
            switch (w) {
                case "a": total += 1; break;
                case "b": total += 10; break;
                case "c": total += 100; break;
            }
        }
        System.out.println(total);
    }
}
