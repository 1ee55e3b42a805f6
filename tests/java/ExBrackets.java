import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Random;

public class ExBrackets {
    static boolean balanced(String s) {
        Deque<Character> stack = new ArrayDeque<>();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '(', '[', '{' -> stack.push(c);
                case ')', ']', '}' -> {
                    if (stack.isEmpty()) return false;
                    char open = stack.pop();
                    if ((c == ')' && open != '(') || (c == ']' && open != '[') || (c == '}' && open != '{')) return false;
                }
                default -> { }
            }
        }
        return stack.isEmpty();
    }

    static String generate(Random r, int pairs) {
        char[] s = new char[pairs * 2];
        for (int i = 0; i < pairs; i++) { s[2 * i] = '['; s[2 * i + 1] = ']'; }
        for (int i = s.length - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            char t = s[i]; s[i] = s[j]; s[j] = t;
        }
        return new String(s);
    }

    public static void main(String[] args) {
        Random r = new Random(2024);
        for (int i = 0; i < 10; i++) {
            String s = generate(r, i);
            System.out.printf("%-20s %s%n", s.isEmpty() ? "(empty)" : s, balanced(s) ? "OK" : "NOT OK");
        }
        String[] fixed = { "{[()]}", "{[(])}", "((())", "a(b)c[d]{e}", "}{" };
        for (String s : fixed) System.out.println(s + " => " + balanced(s));
    }
}
