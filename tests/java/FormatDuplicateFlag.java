public class FormatDuplicateFlag {
    public static void main(String[] args) {
        System.out.println(String.format("%--5d", 1));
    }
}
