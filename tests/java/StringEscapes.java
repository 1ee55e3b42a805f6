public class StringEscapes {
    public static void main(String[] args) {
        String s1 = "tab:\tend";
        String s2 = "quote:\" single:\' backslash:\\";
        String s3 = "octal:\101\102\103 \60\61 \0end";
        String s4 = "unicode:\u0048\u0069 \u00e9t\u00e9 \u4e2d\u6587";
        String s5 = "line1\nline2";
        String s6 = "cr\rX";
        String s7 = "bs\bX ff\fX";
        String s8 = "";
        String s9 = "\377\378";
        System.out.println(s1);
        System.out.println(s2);
        System.out.println(s3.length());
        System.out.println(s3.charAt(14) == '\0');
        System.out.println(s4);
        System.out.println(s5);
        System.out.println(s6.length() + " " + (int) s6.charAt(2));
        System.out.println(s7.length());
        System.out.println("[" + s8 + "]" + s8.length());
        System.out.println(s9.length() + " " + (int) s9.charAt(0) + " " + (int) s9.charAt(1) + " " + s9.charAt(2));
        String all = "\b\t\n\f\r\"\'\\";
        for (int i = 0; i < all.length(); i++) System.out.print((int) all.charAt(i) + " ");
        System.out.println();
        System.out.println("a\u0020b");
        System.out.println("\u00e9".length());
        System.out.println("\uD83D\uDE00".length());
        System.out.println("\uD83D\uDE00");
        System.out.println("caf\u00e9 cr\u00e8me br\u00fbl\u00e9e");
        System.out.println("\u00a9 2024 \u2014 \u20ac5");
        System.out.println("\\n is not a newline");
        System.out.println("/* not a comment */ // nor this");
        System.out.println("space\sescape");
        String u = "\u005c\u005c";
        System.out.println(u + " " + u.length());
    }
}
