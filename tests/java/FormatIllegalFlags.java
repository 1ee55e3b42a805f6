public class FormatIllegalFlags {
    public static void main(String[] args) {
        System.out.println(String.format("%+d % d", 1, 1));
        System.out.println(String.format("%+ d", 1));
    }
}
