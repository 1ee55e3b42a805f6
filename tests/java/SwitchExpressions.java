public class SwitchExpressions {
    enum Day { MON, TUE, WED, THU, FRI, SAT, SUN }
    static String kind(Day d) {
        return switch (d) {
            case SAT, SUN -> "weekend";
            case FRI -> { String s = "almost"; yield s + " weekend"; }
            default -> "weekday";
        };
    }
    static int letters(Day d) {
        return switch (d) { case MON, FRI, SUN -> 6; case TUE -> 7; case THU, SAT -> 8; case WED -> 9; };
    }
    static int old(int x) {
        int r = switch (x) {
            case 1:
            case 2:
                yield 10;
            case 3:
                int t = x * 5;
                yield t;
            default:
                yield -1;
        };
        return r;
    }
    public static void main(String[] args) {
        for (Day d : Day.values()) System.out.println(d + " " + kind(d) + " " + letters(d));
        for (int i = 0; i < 5; i++) System.out.print(old(i) + " ");
        System.out.println();
        for (int i = 0; i < 4; i++) {
            switch (i) {
                case 0 -> System.out.println("zero");
                case 1, 2 -> { System.out.println("small " + i); }
                default -> System.out.println("big");
            }
        }
        String s = "b";
        double v = switch (s) { case "a" -> 1; case "b" -> 2.5; default -> 0; };
        System.out.println(v);
        Object o = switch (s.length()) { case 1 -> "one"; default -> "two"; };
        System.out.println(o);
        try {
            int bad = switch (s) { case "b" -> throw new IllegalStateException("b!"); default -> 1; };
            System.out.println(bad);
        } catch (IllegalStateException e) { System.out.println(e.getMessage()); }
        String text = """
            Hello,
              Text Block!
            """;
        System.out.print(text);
    }
}
