public class FormatNullString {
    public static void main(String[] args) {
        String f = null;
        System.out.println(String.format("%s", f));
        System.out.println(String.format(f, 1));
    }
}
