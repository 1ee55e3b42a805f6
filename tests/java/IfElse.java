public class IfElse {
    static String classify(int n) {
        if (n < 0) return "negative";
        else if (n == 0) return "zero";
        else if (n < 10) return "small";
        else if (n < 100) return "medium";
        else return "large";
    }
    static String dangling(int a, int b) {
        String r = "none";
        if (a > 0)
            if (b > 0)
                r = "both";
            else
                r = "a only";
        return r;
    }
    static int sign(double d) {
        if (d > 0) { return 1; }
        if (d < 0) { return -1; }
        return 0;
    }
    public static void main(String[] args) {
        int[] tests = { -5, 0, 3, 42, 1000, Integer.MIN_VALUE, Integer.MAX_VALUE };
        for (int t : tests) System.out.println(t + " is " + classify(t));
        System.out.println(dangling(1, 1));
        System.out.println(dangling(1, -1));
        System.out.println(dangling(-1, 1));
        System.out.println(sign(3.5) + " " + sign(-0.0) + " " + sign(-2) + " " + sign(Double.NaN));
        boolean t = true, f = false;
        if (t && !f) System.out.println("and-not");
        if (t || f) System.out.println("or");
        if (f) System.out.println("wrong"); else System.out.println("else-branch");
        if (t) ; else System.out.println("never");
        int x = 5;
        if (x > 3) {
            x = x * 2;
            if (x > 8) {
                x++;
            }
        } else {
            x = 0;
        }
        System.out.println(x);
        boolean assigned;
        if (assigned = x > 10) System.out.println("assigned true " + assigned);
        for (int i = 0; i < 16; i++) {
            String s;
            if (i % 15 == 0) s = "FizzBuzz";
            else if (i % 5 == 0) s = "Buzz";
            else if (i % 3 == 0) s = "Fizz";
            else s = "" + i;
            System.out.print(s + " ");
        }
        System.out.println();
        double nan = 0.0 / 0.0;
        if (nan == nan) System.out.println("nan equal"); else System.out.println("nan not equal");
        if (nan != nan) System.out.println("nan != nan");
        if (!(nan < 1) && !(nan >= 1)) System.out.println("nan unordered");
        int y = 0;
        if (y != 0 && 10 / y > 1) System.out.println("bad");
        else System.out.println("short-circuit ok");
        if (y == 0 || 10 / y > 1) System.out.println("short-circuit or ok");
    }
}
