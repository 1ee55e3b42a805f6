public class TryCatchRuntime {
    static int divide(int a, int b) { return a / b; }
    static int at(int[] a, int i) { return a[i]; }
    static String describe(Throwable t) { return t.getClass().getName() + " / " + t.getMessage() + " / " + t; }
    public static void main(String[] args) {
        try { System.out.println(divide(1, 0)); }
        catch (ArithmeticException e) { System.out.println("1: " + describe(e)); }
        try { System.out.println(at(new int[3], 3)); }
        catch (ArrayIndexOutOfBoundsException e) { System.out.println("2: " + describe(e)); }
        try { System.out.println(at(new int[3], -1)); }
        catch (IndexOutOfBoundsException e) { System.out.println("3: " + describe(e)); }
        try { int[] a = null; System.out.println(a.length); }
        catch (NullPointerException e) { System.out.println("4: " + e.getClass().getSimpleName()); }
        try { int[] a = new int[-5]; System.out.println(a.length); }
        catch (NegativeArraySizeException e) { System.out.println("5: " + describe(e)); }
        try { System.out.println("abc".charAt(7)); }
        catch (StringIndexOutOfBoundsException e) { System.out.println("6: " + describe(e)); }
        try { System.out.println(Integer.parseInt("12x")); }
        catch (NumberFormatException e) { System.out.println("7: " + describe(e)); }
        try { System.out.println(Integer.parseInt("")); }
        catch (IllegalArgumentException e) { System.out.println("8: " + describe(e)); }
        try { Object x = new int[1]; String t = (String) x; System.out.println(t); }
        catch (ClassCastException e) { System.out.println("9: " + e.getClass().getName()); }
        try { System.out.println(divide(7, 0)); }
        catch (RuntimeException e) { System.out.println("10: " + describe(e)); }
        try { System.out.println(10 % divide(0, 5)); }
        catch (Exception e) { System.out.println("11: " + describe(e)); }
        try { long z = 0; System.out.println(5L / z); }
        catch (Throwable e) { System.out.println("12: " + describe(e)); }
        int caught = 0;
        for (int i = -3; i < 3; i++) {
            try { caught += 100 / i; }
            catch (ArithmeticException e) { caught += 1000; }
        }
        System.out.println("caught " + caught);
    }
}
