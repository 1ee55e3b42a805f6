public class StringValueOfRange {
    static String pad(int n) {
        return String.format("%0" + n + "d", n);
    }
    public static void main(String[] args) {
        char[] cs = {'l', 'i', 'm', 'e', '!'};
        System.out.println(String.valueOf(cs, 1, 3) + String.copyValueOf(cs) + String.copyValueOf(cs, 4, 1));
        for (int i = 1; i < 6; i++) System.out.println(pad(i));
        String line = "";
        for (int i = 0; i < 5; i++) line = line + String.format("%c", cs[i]) + String.format("%2$s%1$s", i, "");
        System.out.println(line);
        long total = 0;
        for (int i = 0; i < 1000; i++) total += String.format("%d:%x:%o", i, i, i).hashCode();
        System.out.println(total);
        System.out.println(String.valueOf(cs, 2, 4));
    }
}
