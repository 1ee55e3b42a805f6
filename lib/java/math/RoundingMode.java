/* java.math.RoundingMode: the rounding of a discarded fraction, as the
 * JDK's (its constants in its order; valueOf(int) maps BigDecimal's
 * ROUND_ constants 0..7, which are these ordinals). */
public enum RoundingMode {
    UP, DOWN, CEILING, FLOOR, HALF_UP, HALF_DOWN, HALF_EVEN, UNNECESSARY;

    public static RoundingMode valueOf(int rm) {
        RoundingMode[] all = values();
        if (rm < 0 || rm >= all.length) throw new IllegalArgumentException("argument out of range");
        return all[rm];
    }
}
