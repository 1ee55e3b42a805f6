public class DoubleFloat {
    public static void main(String[] args) {
        System.out.println(Double.MAX_VALUE + " " + Double.MIN_VALUE);
        System.out.println(Float.MAX_VALUE + " " + Float.MIN_VALUE);
        System.out.println(Double.POSITIVE_INFINITY + " " + Double.NEGATIVE_INFINITY + " " + Double.NaN);
        System.out.println(Float.POSITIVE_INFINITY + " " + Float.NEGATIVE_INFINITY + " " + Float.NaN);
        System.out.println(Double.parseDouble("3.25") * 2);
        System.out.println(Double.parseDouble("1e-3"));
        System.out.println(Double.parseDouble("-0"));
        System.out.println(Double.parseDouble("  12.5  "));
        System.out.println(Double.parseDouble("Infinity"));
        System.out.println(Double.parseDouble("NaN"));
        System.out.println(Double.parseDouble("0.1") + Double.parseDouble("0.2"));
        System.out.println(Double.parseDouble("1.7976931348623157E308"));
        System.out.println(Double.parseDouble("4.9e-324"));
        System.out.println(Double.parseDouble("2.4703282292062328e-324"));
        System.out.println(Float.parseFloat("1.1") + " " + Float.parseFloat("3.4028235e38") + " " + Float.parseFloat("1e39"));
        System.out.println(Float.parseFloat("0.1") == 0.1f);
        System.out.println(Double.isNaN(0.0 / 0.0) + " " + Double.isNaN(1.0) + " " + Float.isNaN(Float.NaN));
        System.out.println(Double.isInfinite(1 / 0.0) + " " + Double.isInfinite(Double.MAX_VALUE) + " " + Float.isInfinite(-1f / 0));
        double[] vals = { 0.0, -0.0, 1.0, -1.0, 0.1, Double.NaN, Double.POSITIVE_INFINITY, Double.MIN_VALUE, Double.MAX_VALUE, Math.PI };
        for (double v : vals)
            System.out.println(v + " bits " + Double.doubleToLongBits(v) + " hex " + Long.toHexString(Double.doubleToLongBits(v)) + " back " + Double.longBitsToDouble(Double.doubleToLongBits(v)));
        float[] fvals = { 0f, -0f, 1f, -1f, 0.1f, Float.NaN, Float.NEGATIVE_INFINITY, Float.MIN_VALUE, Float.MAX_VALUE, 3.14159265f };
        for (float v : fvals)
            System.out.println(v + " bits " + Float.floatToIntBits(v) + " hex " + Integer.toHexString(Float.floatToIntBits(v)) + " back " + Float.intBitsToFloat(Float.floatToIntBits(v)));
        System.out.println(Double.longBitsToDouble(0x3ff8000000000000L));
        System.out.println(Double.longBitsToDouble(0x7ff0000000000000L));
        System.out.println(Double.longBitsToDouble(0x0000000000000001L));
        System.out.println(Double.longBitsToDouble(0x8000000000000000L));
        System.out.println(Double.longBitsToDouble(0x7ff8000000000001L));
        System.out.println(Double.doubleToLongBits(Double.longBitsToDouble(0x7ff8000000000001L)));
        System.out.println(Float.intBitsToFloat(0x40490fdb));
        System.out.println(Float.intBitsToFloat(0x00000001));
        System.out.println(Float.intBitsToFloat(0xff800000));
        System.out.println(Float.intBitsToFloat(0x7fc00000));
        System.out.println(Float.floatToIntBits(Float.intBitsToFloat(0x7fc00001)));
        long bits = Double.doubleToLongBits(1.0);
        System.out.println((bits >>> 52) - 1023);
        int exp = (Float.floatToIntBits(1024f) >>> 23) - 127;
        System.out.println(exp);
        double next = Double.longBitsToDouble(Double.doubleToLongBits(1.0) + 1);
        System.out.println(next + " " + (next - 1.0));
        float fnext = Float.intBitsToFloat(Float.floatToIntBits(1.0f) + 1);
        System.out.println(fnext + " " + (fnext - 1.0f));
        System.out.println(Double.MIN_VALUE / 2 + " " + Float.MIN_VALUE / 2);
        System.out.println(Double.MAX_VALUE * 2 + " " + -Float.MAX_VALUE * 2);
        System.out.println(Double.NaN == Double.NaN);
        System.out.println(Double.doubleToLongBits(0.0) == Double.doubleToLongBits(-0.0));
    }
}
