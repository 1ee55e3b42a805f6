public class FormatArgumentIndex {
    public static void main(String[] args) {
        System.out.println(String.format("%2$s%1$s", "a", "b"));
        System.out.println(String.format("%3$s", "a", "b"));
    }
}
