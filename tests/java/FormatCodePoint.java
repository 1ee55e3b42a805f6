public class FormatCodePoint {
    public static void main(String[] args) {
        System.out.println(String.format("%c", 0x1F600));
        System.out.println(String.format("%c", 0x110000));
    }
}
