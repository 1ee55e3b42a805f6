// (float) Math.sqrt(f) of a float f: limec computes it as the float square
// root (one correctly rounded float sqrt instead of a double one and a
// rounding), which must give the JVM's bits for every float.  Checked on
// special values (NaN, -0.0, infinities, subnormals, the largest floats,
// negatives) and on a sweep over the bit patterns, each against the double
// path written so that it is not rewritten (the double held in a variable).
public class FloatSqrt {
    static float viaDouble(float f) {
        double d = f;
        double r = Math.sqrt(d);
        return (float) r;
    }

    static void show(float f) {
        float r = (float) Math.sqrt(f);
        System.out.println(f + " -> " + r + " bits " + Integer.toHexString(Float.floatToIntBits(r)));
    }

    public static void main(String[] args) {
        float[] special = {0.0f, -0.0f, 1.0f, 2.0f, 4.0f, 0.25f, 3.0f, Float.NaN, Float.POSITIVE_INFINITY,
                           Float.NEGATIVE_INFINITY, -1.0f, -Float.MIN_VALUE, Float.MIN_VALUE, 1.17549435E-38f,
                           Float.MAX_VALUE, 3.4e38f, 1.0e-45f, 2.0e-45f, 1.1754942e-38f, 1.0e30f, 123456.79f,
                           0.1f, 1.0e-10f, 16777215.0f, 16777217.0f, Float.intBitsToFloat(0x7fc00001),
                           Float.intBitsToFloat(0xffc00000), Float.intBitsToFloat(0x007fffff),
                           Float.intBitsToFloat(0x00000003), Float.intBitsToFloat(0x7f7ffffe)};
        for (float f : special) show(f);
        // a sweep over the bit patterns: every 4099th positive pattern, and
        // patterns near powers of two where double rounding would show
        int hash = 0, differ = 0, count = 0;
        for (long b = 0; b <= 0x7f800000L; b += 4099) {
            for (int k = -1; k <= 1; k++) {
                long bits = b + k;
                if (bits < 0 || bits > 0x7fffffffL) continue;
                float f = Float.intBitsToFloat((int) bits);
                float r = (float) Math.sqrt(f);
                if (Float.floatToIntBits(r) != Float.floatToIntBits(viaDouble(f))) differ++;
                hash = 31 * hash + Float.floatToIntBits(r);
                count++;
            }
        }
        for (int e = -149; e <= 127; e++) {
            float p = (float) Math.pow(2.0, e);
            int pb = Float.floatToIntBits(p);
            float[] near = {p, Float.intBitsToFloat(pb + 1), Float.intBitsToFloat(pb - 1), 3.0f * p, -p};
            for (float f : near) {
                float r = (float) Math.sqrt(f);
                if (Float.floatToIntBits(r) != Float.floatToIntBits(viaDouble(f))) differ++;
                hash = 31 * hash + Float.floatToIntBits(r);
                count++;
            }
        }
        System.out.println(count + " values, hash " + hash + ", " + differ + " differ from the double path");
    }
}
