public class CharEscapes {
    public static void main(String[] args) {
        char[] cs = { 'a', 'Z', '0', ' ', '\t', '\b', '\n', '\r', '\f', '\'', '\"', '\\',
                      '\0', '\7', '\12', '\77', '\101', '\377', '\u0041', '\u00e9', '\u4e2d',
                      '\uffff', '\u0000', '\u007f', '"', '\s' };
        for (int i = 0; i < cs.length; i++) {
            System.out.println(i + ": " + (int) cs[i]);
        }
        System.out.println('\u0041');
        System.out.println('\u00e9');
        System.out.println('\u4e2d');
        System.out.println('\u00fc' + "ber");
        System.out.println("x" + '\101' + '\102');
        System.out.println('a' + 'b');
        System.out.println((char) ('a' + 1));
        char c = '\\';
        System.out.println(c);
        System.out.println('\'');
        System.out.println("[" + '\t' + "]");
        System.out.println("\u03c0 = " + Math.PI);
        char uu = '\uuu0042';
        System.out.println(uu);
    }
}
