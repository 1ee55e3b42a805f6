// Double and Float bit members: raw bits keep a NaN's payload, the
// canonical ones do not; MIN_NORMAL and the exponent bounds; Math's
// nextUp, nextDown, ulp, getExponent, nextAfter, scalb, copySign,
// IEEEremainder and fma at the edges.
public class FloatBits {
    public static void main(String[] args) {
        long[] dbits = {0x7ff0000000000001L, 0x7ff8000000000000L, 0xfff8000000000123L, 0x0010000000000000L, 0x8000000000000000L, 0x3ff0000000000000L};
        for (long b : dbits) {
            double d = Double.longBitsToDouble(b);
            System.out.println(Long.toHexString(Double.doubleToRawLongBits(d)) + " " + Long.toHexString(Double.doubleToLongBits(d)) + " " + d);
        }
        int[] fbits = {0x7f800001, 0x7fc00000, 0xffc00123, 0x00800000, 0x80000000, 0x3f800000};
        for (int b : fbits) {
            float f = Float.intBitsToFloat(b);
            System.out.println(Integer.toHexString(Float.floatToRawIntBits(f)) + " " + Integer.toHexString(Float.floatToIntBits(f)) + " " + f);
        }
        System.out.println(Double.MIN_NORMAL + " " + Float.MIN_NORMAL + " " + Double.MAX_EXPONENT + " " + Double.MIN_EXPONENT + " " + Float.MAX_EXPONENT + " " + Float.MIN_EXPONENT);
        double[] ds = {0.0, -0.0, 1.0, -1.0, Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, Double.NaN, 1e-310, 3.5e100, 0.1};
        for (double d : ds)
            System.out.println(d + " up " + Math.nextUp(d) + " down " + Math.nextDown(d) + " ulp " + Math.ulp(d) + " exp " + Math.getExponent(d));
        float[] fs = {0.0f, -0.0f, 1.0f, Float.MIN_VALUE, Float.MIN_NORMAL, Float.MAX_VALUE, Float.NEGATIVE_INFINITY, Float.NaN, 1e-40f, 0.1f};
        for (float f : fs)
            System.out.println(f + " up " + Math.nextUp(f) + " down " + Math.nextDown(f) + " ulp " + Math.ulp(f) + " exp " + Math.getExponent(f)
                + " after " + Math.nextAfter(f, 0.5) + " " + Math.nextAfter(f, (double) f) + " scalb " + Math.scalb(f, 3) + " " + Math.scalb(f, -130)
                + " sign " + Math.copySign(2.5f, f) + " fma " + Math.fma(f, 3.0f, 0.25f));
        for (double d : ds)
            System.out.println(d + " after " + Math.nextAfter(d, -1.0) + " scalb " + Math.scalb(d, 1000) + " " + Math.scalb(d, -1075)
                + " sign " + Math.copySign(7.0, d) + " rem " + Math.IEEEremainder(d, 0.3) + " " + Math.IEEEremainder(10.0, d) + " fma " + Math.fma(d, 0.1, -0.3));
        System.out.println(Double.doubleToRawLongBits(Double.MIN_NORMAL) + " " + Float.floatToRawIntBits(Float.MIN_NORMAL));
    }
}
