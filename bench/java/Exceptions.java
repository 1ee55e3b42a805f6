/* exceptions: throw and catch in a loop, through several frames, with
 * finally blocks, custom exception classes and the runtime's own
 * (ArithmeticException, ArrayIndexOutOfBoundsException). */
public class Exceptions {
    static class ParseFailure extends Exception {
        final int at;
        ParseFailure(String msg, int at) { super(msg); this.at = at; }
    }

    static final class Overflow extends RuntimeException {
        Overflow(String msg) { super(msg); }
    }

    static int finallies = 0;

    /* a digit string's value; throws ParseFailure at the first non-digit */
    static int parse(String s) throws ParseFailure {
        int v = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') throw new ParseFailure("bad digit", i);
            v = v * 10 + (c - '0');
            if (v > 100000) throw new Overflow("too large: " + s);
        }
        return v;
    }

    static int deep(int depth, String s) throws ParseFailure {
        try {
            if (depth == 0) return parse(s);
            return deep(depth - 1, s) + 1;
        } finally {
            finallies++;
        }
    }

    static int divide(int a, int b, int[] table) {
        try {
            return table[a % 11] / b;
        } catch (ArithmeticException e) {
            return -1;
        }
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000000;
        String[] inputs = {"123", "12x4", "99999", "7", "4567", "a", "1234567", "808", "x1", "55"};
        int[] table = {5, 8, 13, 21, 34, 55, 89, 144, 233, 377};
        long sum = 0;
        int parseFailures = 0, overflows = 0, bounds = 0, divZero = 0, atSum = 0;
        for (int i = 0; i < n; i++) {
            String s = inputs[i % inputs.length];
            try {
                sum += deep(i % 4, s);
            } catch (ParseFailure e) {
                parseFailures++;
                atSum += e.at + e.getMessage().length();
            } catch (Overflow e) {
                overflows++;
                atSum += e.getMessage().length();
            }
            try {
                int d = divide(i, i % 3, table);
                if (d < 0) divZero++;
                else sum += d;
            } catch (ArrayIndexOutOfBoundsException e) {
                bounds++;
            }
            if (i % 250000 == 0) System.out.println("i " + i + " sum " + sum + " finallies " + finallies);
        }
        System.out.println("sum " + sum);
        System.out.println("parse failures " + parseFailures + " overflows " + overflows + " at " + atSum);
        System.out.println("division by zero " + divZero + " out of bounds " + bounds);
        System.out.println("finally blocks run " + finallies);
    }
}
