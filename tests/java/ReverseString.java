public class ReverseString {
    static String reverse(String s) {
        char[] cs = s.toCharArray();
        for (int i = 0, j = cs.length - 1; i < j; i++, j--) {
            char t = cs[i];
            cs[i] = cs[j];
            cs[j] = t;
        }
        return String.valueOf(cs);
    }
    static boolean palindrome(String s) {
        int i = 0, j = s.length() - 1;
        while (i < j) {
            char a = s.charAt(i), b = s.charAt(j);
            if (a >= 'A' && a <= 'Z') a += 32;
            if (b >= 'A' && b <= 'Z') b += 32;
            if (!(a >= 'a' && a <= 'z')) { i++; continue; }
            if (!(b >= 'a' && b <= 'z')) { j--; continue; }
            if (a != b) return false;
            i++;
            j--;
        }
        return true;
    }
    static String reverseWords(String s) {
        String out = "";
        int end = s.length();
        for (int i = s.length() - 1; i >= -1; i--) {
            if (i == -1 || s.charAt(i) == ' ') {
                if (end > i + 1) {
                    if (!out.isEmpty()) out += " ";
                    out += s.substring(i + 1, end);
                }
                end = i;
            }
        }
        return out;
    }
    static int[] histogram(String s) {
        int[] h = new int[26];
        for (char c : s.toCharArray()) if (c >= 'a' && c <= 'z') h[c - 'a']++;
        return h;
    }
    public static void main(String[] args) {
        String[] tests = { "hello", "", "a", "ab", "racecar", "Hello, World!", "12345", "\u00e9t\u00e9 \u4e2d" };
        for (String t : tests) System.out.println("[" + t + "] -> [" + reverse(t) + "] " + reverse(reverse(t)).equals(t));
        String[] pals = { "A man, a plan, a canal: Panama", "No lemon, no melon", "not one", "x", "Was it a car or a cat I saw?" };
        for (String p : pals) System.out.println(palindrome(p) + " : " + p);
        System.out.println(reverseWords("the quick  brown fox jumps"));
        System.out.println(reverseWords("  single  "));
        int[] h = histogram("the quick brown fox jumps over the lazy dog");
        String hs = "";
        for (int i = 0; i < 26; i++) hs += (char) ('a' + i) + "" + h[i];
        System.out.println(hs);
        char[] buf = new char[10];
        for (int i = 0; i < buf.length; i++) buf[i] = (char) ('0' + (9 - i));
        System.out.println(buf);
        System.out.println(String.valueOf(buf).substring(3, 7));
        String big = "";
        for (int i = 0; i < 200; i++) big += (char) ('a' + i % 26);
        String rb = reverse(big);
        System.out.println(rb.length() + " " + rb.substring(0, 30) + " " + rb.hashCode());
    }
}
