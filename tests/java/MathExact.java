public class MathExact {
    interface Op { Object run(); }
    static void t(String what, Op op) {
        try { System.out.println(what + " = " + op.run()); }
        catch (ArithmeticException e) { System.out.println(what + " -> " + e); }
    }
    public static void main(String[] args) {
        t("addExact(1,2)", () -> Math.addExact(1, 2));
        t("addExact(MAX,1)", () -> Math.addExact(Integer.MAX_VALUE, 1));
        t("addExact(MIN,-1)", () -> Math.addExact(Integer.MIN_VALUE, -1));
        t("addExact(LMAX,1L)", () -> Math.addExact(Long.MAX_VALUE, 1L));
        t("addExact(5L,6L)", () -> Math.addExact(5L, 6L));
        t("subtractExact(MIN,1)", () -> Math.subtractExact(Integer.MIN_VALUE, 1));
        t("subtractExact(0,MIN)", () -> Math.subtractExact(0, Integer.MIN_VALUE));
        t("subtractExact(LMIN,1L)", () -> Math.subtractExact(Long.MIN_VALUE, 1L));
        t("subtractExact(10L,3L)", () -> Math.subtractExact(10L, 3L));
        t("multiplyExact(65536,65536)", () -> Math.multiplyExact(65536, 65536));
        t("multiplyExact(46340,46340)", () -> Math.multiplyExact(46340, 46340));
        t("multiplyExact(-1,MIN)", () -> Math.multiplyExact(-1, Integer.MIN_VALUE));
        t("multiplyExact(1L<<32,1L<<31)", () -> Math.multiplyExact(1L << 32, 1L << 31));
        t("multiplyExact(1L<<32,1L<<30)", () -> Math.multiplyExact(1L << 32, 1L << 30));
        t("multiplyExact(LMIN,-1L)", () -> Math.multiplyExact(Long.MIN_VALUE, -1L));
        t("multiplyExact(-1L,LMIN)", () -> Math.multiplyExact(-1L, Long.MIN_VALUE));
        t("multiplyExact(3000000000L,3)", () -> Math.multiplyExact(3000000000L, 3));
        t("multiplyExact(LMAX/2,3)", () -> Math.multiplyExact(Long.MAX_VALUE / 2, 3));
        t("incrementExact(MAX)", () -> Math.incrementExact(Integer.MAX_VALUE));
        t("incrementExact(41)", () -> Math.incrementExact(41));
        t("incrementExact(LMAX)", () -> Math.incrementExact(Long.MAX_VALUE));
        t("decrementExact(MIN)", () -> Math.decrementExact(Integer.MIN_VALUE));
        t("decrementExact(LMIN)", () -> Math.decrementExact(Long.MIN_VALUE));
        t("decrementExact(0L)", () -> Math.decrementExact(0L));
        t("negateExact(MIN)", () -> Math.negateExact(Integer.MIN_VALUE));
        t("negateExact(7)", () -> Math.negateExact(7));
        t("negateExact(LMIN)", () -> Math.negateExact(Long.MIN_VALUE));
        t("toIntExact(1L<<31)", () -> Math.toIntExact(1L << 31));
        t("toIntExact(-5L)", () -> Math.toIntExact(-5L));
        t("absExact(MIN)", () -> Math.absExact(Integer.MIN_VALUE));
        t("absExact(LMIN)", () -> Math.absExact(Long.MIN_VALUE));
        t("absExact(-3)", () -> Math.absExact(-3));
        t("floorDiv(-7L,2)", () -> Math.floorDiv(-7L, 2));
        t("floorMod(-7L,3)", () -> Math.floorMod(-7L, 3));
        t("floorDiv(-7,2)", () -> Math.floorDiv(-7, 2));
        t("floorMod(7L,-3L)", () -> Math.floorMod(7L, -3L));
        t("floorDiv(LMIN,-1)", () -> Math.floorDiv(Long.MIN_VALUE, -1));
        t("sqrt(2)", () -> Math.sqrt(2));
        int x = Math.floorMod(-7L, 3);
        long y = Math.floorDiv(-9L, 4);
        System.out.println(x + " " + y + " " + Math.max(3, 4) + " " + Math.PI);
    }
}
