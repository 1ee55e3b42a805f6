// BigDecimal's int rounding modes (ROUND_HALF_UP ...): the constants, a static
// import of one, setScale and divide with them, an invalid one.
import java.math.BigDecimal;
import static java.math.BigDecimal.ROUND_HALF_UP;
public class BigDecimalIntRounding { public static void main(String[] a) {
    BigDecimal p = new BigDecimal("1000000").multiply(new BigDecimal("1.065").pow(10));
    System.out.println(p.setScale(2, ROUND_HALF_UP));
    System.out.println(p.divide(new BigDecimal("3"), 4, BigDecimal.ROUND_DOWN));
    System.out.println(p.divide(new BigDecimal("7"), BigDecimal.ROUND_CEILING));
    int[] modes = {BigDecimal.ROUND_UP, BigDecimal.ROUND_DOWN, BigDecimal.ROUND_CEILING, BigDecimal.ROUND_FLOOR, BigDecimal.ROUND_HALF_UP, BigDecimal.ROUND_HALF_DOWN, BigDecimal.ROUND_HALF_EVEN};
    for (int m : modes) System.out.println(m + " " + new BigDecimal("-2.55").setScale(1, m) + " " + new BigDecimal("2.45").setScale(1, m));
    try { new BigDecimal("2.45").setScale(1, BigDecimal.ROUND_UNNECESSARY); } catch (ArithmeticException e) { System.out.println(e.getMessage()); }
    try { new BigDecimal("2.45").setScale(1, 9); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
} }
