package util;

public class MoreMath {
    public static int max(int a, int b, int c) { return Math.max(a, Math.max(b, c)); }
    public static String abs(String s) { return s.startsWith("-") ? s.substring(1) : s; }
    public static final double TAU = 2 * Math.PI;
}
