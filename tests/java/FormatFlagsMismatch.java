public class FormatFlagsMismatch {
    public static void main(String[] args) {
        System.out.println(String.format("%#x", 255));
        System.out.printf("ok %s ", "yes");
        System.out.printf("bad %+x%n", 255);
    }
}
