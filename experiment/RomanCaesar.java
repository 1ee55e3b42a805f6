import java.util.LinkedHashMap;
import java.util.Map;

public class RomanCaesar {
    private static final Map<String, Integer> ROMAN = new LinkedHashMap<>();
    static {
        ROMAN.put("M", 1000); ROMAN.put("CM", 900); ROMAN.put("D", 500); ROMAN.put("CD", 400);
        ROMAN.put("C", 100); ROMAN.put("XC", 90); ROMAN.put("L", 50); ROMAN.put("XL", 40);
        ROMAN.put("X", 10); ROMAN.put("IX", 9); ROMAN.put("V", 5); ROMAN.put("IV", 4); ROMAN.put("I", 1);
    }

    static String toRoman(int n) {
        if (n <= 0 || n >= 4000) throw new IllegalArgumentException("out of range: " + n);
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Integer> e : ROMAN.entrySet()) {
            while (n >= e.getValue()) {
                sb.append(e.getKey());
                n -= e.getValue();
            }
        }
        return sb.toString();
    }

    static int fromRoman(String s) {
        int total = 0;
        for (int i = 0; i < s.length(); i++) {
            int v = value(s.charAt(i));
            if (i + 1 < s.length() && v < value(s.charAt(i + 1))) total -= v;
            else total += v;
        }
        return total;
    }

    private static int value(char c) {
        switch (c) {
            case 'I': return 1;
            case 'V': return 5;
            case 'X': return 10;
            case 'L': return 50;
            case 'C': return 100;
            case 'D': return 500;
            case 'M': return 1000;
            default: throw new IllegalArgumentException("bad numeral '" + c + "'");
        }
    }

    static String caesar(String text, int shift) {
        StringBuilder sb = new StringBuilder(text.length());
        shift = ((shift % 26) + 26) % 26;
        for (char c : text.toCharArray()) {
            if (Character.isUpperCase(c)) sb.append((char) ('A' + (c - 'A' + shift) % 26));
            else if (Character.isLowerCase(c)) sb.append((char) ('a' + (c - 'a' + shift) % 26));
            else sb.append(c);
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        int[] nums = { 1, 4, 9, 14, 40, 90, 400, 1666, 1990, 2008, 2024, 3999 };
        for (int n : nums) {
            String r = toRoman(n);
            System.out.printf("%4d -> %-12s -> %d%n", n, r, fromRoman(r));
        }
        for (int bad : new int[] { 0, 4000 }) {
            try {
                toRoman(bad);
            } catch (IllegalArgumentException ex) {
                System.out.println("error: " + ex.getMessage());
            }
        }
        try {
            fromRoman("MCMZ");
        } catch (RuntimeException ex) {
            System.out.println(ex);
        }
        String plain = "The Quick Brown Fox Jumps Over The Lazy Dog!";
        String enc = caesar(plain, 13);
        System.out.println(enc);
        System.out.println(caesar(enc, -13));
        System.out.println(caesar("abc xyz", 29) + " | " + caesar("abc xyz", -55));
        System.out.println(toRoman(fromRoman("MMXXIV") + 1).toLowerCase());
    }
}
