public class MathFuncs {
    static long r(double v) { return Math.round(v * 1e9); }
    public static void main(String[] args) {
        System.out.println(Math.PI);
        System.out.println(Math.E);
        System.out.println(Math.abs(-5) + " " + Math.abs(5L - 10) + " " + Math.abs(-2.5) + " " + Math.abs(-1.5f));
        System.out.println(Math.abs(Integer.MIN_VALUE) + " " + Math.abs(Long.MIN_VALUE) + " " + Math.abs(-0.0) + " " + Math.abs(-0.0f));
        System.out.println(Math.min(3, -4) + " " + Math.max(3, -4) + " " + Math.min(3L, 4L) + " " + Math.max(1.5, 2.5) + " " + Math.min(1.5f, -2f));
        System.out.println(Math.min(0.0, -0.0) + " " + Math.max(-0.0, 0.0) + " " + Math.min(Double.NaN, 1) + " " + Math.max(1f, Float.NaN));
        System.out.println(Math.min(2, 3L) + " " + Math.max('a', 'b') + " " + Math.max(1, 2.0));
        double[] sq = { 0, 1, 2, 4, 9, 10, 1e10, 0.25, 2e-300, -1, -0.0, Double.POSITIVE_INFINITY, Double.NaN };
        for (double v : sq) System.out.println("sqrt(" + v + ") = " + Math.sqrt(v));
        System.out.println(Math.sqrt(2) * Math.sqrt(2));
        System.out.println(Math.cbrt(27) + " " + Math.cbrt(-8) + " " + Math.cbrt(0.0) + " " + Math.cbrt(-0.0) + " " + r(Math.cbrt(2)));
        double[] angles = { 0, 0.5, 1, -1, 2, Math.PI / 6, Math.PI / 4, 3, 10, 100, -0.0 };
        for (double a : angles)
            System.out.println("a=" + r(a) + " sin " + r(Math.sin(a)) + " cos " + r(Math.cos(a)) + " tan " + r(Math.tan(a)));
        System.out.println(Math.sin(0.0) + " " + Math.sin(-0.0) + " " + Math.cos(0.0) + " " + Math.tan(0.0));
        System.out.println(Math.sin(Double.NaN) + " " + Math.cos(Double.POSITIVE_INFINITY));
        double[] inv = { -1, -0.5, 0, 0.5, 1, 2 };
        for (double v : inv)
            System.out.println("v=" + v + " asin " + r(Math.asin(v)) + " acos " + r(Math.acos(v)) + " atan " + r(Math.atan(v)));
        System.out.println(Math.asin(0.0) + " " + Math.acos(1.0) + " " + Math.atan(0.0) + " " + Math.asin(2.0));
        System.out.println(r(Math.atan2(1, 1)) + " " + r(Math.atan2(1, -1)) + " " + r(Math.atan2(-1, -1)) + " " + r(Math.atan2(-1, 1)));
        System.out.println(Math.atan2(0.0, 1.0) + " " + Math.atan2(-0.0, 1.0) + " " + r(Math.atan2(0.0, -1.0)) + " " + r(Math.atan2(1, 0)));
        double[] ev = { 0, 1, -1, 0.5, 10, -10, 5, 710, -750, Double.NEGATIVE_INFINITY };
        for (double v : ev) System.out.println("exp(" + v + ") = " + (Math.exp(v) > 1e100 || Math.exp(v) < 1e-100 ? "" + Math.exp(v) : "" + r(Math.exp(v))));
        System.out.println(Math.exp(0) + " " + Math.log(1) + " " + Math.log10(1000) + " " + Math.log10(1e-5) + " " + Math.log10(10));
        double[] lv = { 1, 2, Math.E, 10, 0.5, 1e100, 0, -1, Double.POSITIVE_INFINITY };
        for (double v : lv) System.out.println("log(" + v + ") = " + (Double.isNaN(Math.log(v)) || Double.isInfinite(Math.log(v)) ? "" + Math.log(v) : "" + r(Math.log(v))) + " log10 = " + (Double.isNaN(Math.log10(v)) || Double.isInfinite(Math.log10(v)) ? "" + Math.log10(v) : "" + r(Math.log10(v))));
        System.out.println(Math.pow(2, 10) + " " + Math.pow(2, -1) + " " + Math.pow(-2, 3) + " " + Math.pow(10, 15) + " " + Math.pow(0, 0) + " " + Math.pow(5, 0));
        System.out.println(Math.pow(-1, 0.5) + " " + Math.pow(0, -1) + " " + Math.pow(-0.0, -1) + " " + Math.pow(Double.NaN, 0) + " " + Math.pow(1, Double.NaN));
        System.out.println(r(Math.pow(2, 0.5)) + " " + r(Math.pow(3.7, 2.3)) + " " + r(Math.pow(1.0001, 10000)) + " " + Math.pow(2, 1000) / Math.pow(2, 999));
        System.out.println(Math.pow(2, 62) == (double) (1L << 62));
        double[] rv = { 2.5, 3.5, -2.5, -3.5, 2.4, 2.6, -2.6, 0.5, -0.5, 1.5, 0.49999999999999994, -0.0, 1e20, -1e20, Double.NaN, Double.POSITIVE_INFINITY, 4503599627370497.0 };
        for (double v : rv)
            System.out.println(v + ": floor " + Math.floor(v) + " ceil " + Math.ceil(v) + " rint " + Math.rint(v) + " round " + Math.round(v) + " signum " + Math.signum(v));
        float[] fv = { 2.5f, -2.5f, 0.5f, -0.5f, 1e10f, -1e10f, Float.NaN, 8388609f };
        for (float v : fv) System.out.println(v + ": round(float) " + Math.round(v) + " signum " + Math.signum(v) + " abs " + Math.abs(v));
        System.out.println(Math.round(2.5f) + 1);
        System.out.println(Math.round(2.5) + 1);
        System.out.println(Math.hypot(3, 4) + " " + Math.hypot(5, 12) + " " + r(Math.hypot(1e200, 1e200) / 1e200) + " " + Math.hypot(0, 0) + " " + Math.hypot(Double.NEGATIVE_INFINITY, Double.NaN));
        System.out.println(r(Math.hypot(1, 1)));
        System.out.println(Math.toRadians(180) + " " + Math.toRadians(90) + " " + Math.toRadians(1) + " " + Math.toRadians(0));
        System.out.println(Math.toDegrees(Math.PI) + " " + Math.toDegrees(1) + " " + Math.toDegrees(0.5));
        System.out.println(Math.signum(-0.0) + " " + Math.signum(0.0) + " " + Math.signum(-7.0) + " " + Math.signum(Double.NaN));
        double area = Math.PI * 2 * 2;
        System.out.println(area);
        System.out.println(2 * Math.PI);
        System.out.println(Math.floor(-0.5) + " " + Math.ceil(-0.5) + " " + Math.rint(-0.5) + " " + Math.rint(0.5) + " " + Math.rint(1.5));
        System.out.println(Math.round(-0.5) + " " + Math.round(-1.5) + " " + Math.round(Long.MAX_VALUE * 2.0) + " " + Math.round(-1e30f));
    }
}
