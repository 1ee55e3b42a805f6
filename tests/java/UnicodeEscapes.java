public class UnicodeEscapes {
    public static void main(String[] args) {
        String s = "a\u0062c\\u0041";  // \u0041 in a comment
        char q = '\u0041';
        int caf\u00e9 = 3;
        System.out.println(s + " " + q + " " + café + " \u00e9t\u00E9");
        System.out.println("\u005c\u005c" + "|" + "\uuu0041");
    }
}
