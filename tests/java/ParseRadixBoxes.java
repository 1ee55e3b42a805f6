import java.util.*;
// Long.parseLong and valueOf with a radix, Short and Byte parse and valueOf with a
// radix: values, signs, limits and every NumberFormatException message.
public class ParseRadixBoxes {
    static void t(String label, Runnable r) {
        try { r.run(); } catch (RuntimeException e) { System.out.println(label + " -> " + e); }
    }
    public static void main(String[] args) {
        String[] ins = {"0", "-0", "+7f", "7F", "-8000000000000000", "8000000000000000", "7fffffffffffffff", "-", "+", "", "zz", "1_0", " 1", "-80", "7f", "ff", "-129", "127", "-128", "128", "1a"};
        int[] radixes = {16, 36, 2, 10, 8};
        for (String s : ins) for (int r : radixes) {
            t("parseLong(" + s + "," + r + ")", () -> System.out.println("parseLong(" + s + "," + r + ") = " + Long.parseLong(s, r)));
            t("valueOf(" + s + "," + r + ")", () -> System.out.println("valueOf(" + s + "," + r + ") = " + Long.valueOf(s, r)));
            t("parseShort(" + s + "," + r + ")", () -> System.out.println("parseShort(" + s + "," + r + ") = " + Short.parseShort(s, r)));
            t("Short.valueOf(" + s + "," + r + ")", () -> System.out.println("Short.valueOf(" + s + "," + r + ") = " + Short.valueOf(s, r)));
            t("parseByte(" + s + "," + r + ")", () -> System.out.println("parseByte(" + s + "," + r + ") = " + Byte.parseByte(s, r)));
            t("Byte.valueOf(" + s + "," + r + ")", () -> System.out.println("Byte.valueOf(" + s + "," + r + ") = " + Byte.valueOf(s, r)));
        }
        t("null", () -> Long.parseLong(null, 16));
        t("null short", () -> Short.parseShort(null, 16));
        t("radix 1", () -> Long.parseLong("1", 1));
        t("radix 37", () -> Long.parseLong("1", 37));
        t("short radix 37", () -> Short.parseShort("1", 37));
        t("byte radix 0", () -> Byte.parseByte("1", 0));
        System.out.println(Long.valueOf("-7f", 16) == Long.valueOf(-127L));
        System.out.println(Short.valueOf("7f", 16) == Short.valueOf((short) 127));
    }
}
