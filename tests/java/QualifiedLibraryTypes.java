/* Library classes named only by their qualified names (no import): each
 * is compiled for the program as a simple-named one is. */
public class QualifiedLibraryTypes {
    static Object pick(int i) {
        switch (i) {
            case 0: return new java.math.BigDecimal("12.50");
            case 1: return new java.util.concurrent.atomic.AtomicLong(7);
            case 2: return new java.util.ArrayDeque<String>();
            default: return "text";
        }
    }
    public static void main(String[] args) {
        Object o = args.length;
        System.out.println(o instanceof java.math.BigDecimal);
        System.out.println(o instanceof java.util.concurrent.atomic.AtomicLong ? "a" : "b");
        for (int i = 0; i < 4; i++) {
            Object p = pick(i);
            String kind = p instanceof java.math.BigDecimal d ? "decimal " + d.scale()
                        : p instanceof java.util.concurrent.atomic.AtomicLong a ? "atomic " + a.incrementAndGet()
                        : p instanceof java.util.Deque<?> q ? "deque " + q.isEmpty()
                        : "other " + p;
            System.out.println(kind);
        }
        try {
            java.io.StringReader r = (java.io.StringReader) (Object) "not a reader";
            System.out.println(r);
        } catch (ClassCastException e) {
            System.out.println("CCE");
        }
        System.out.println(java.util.TreeMap.class.getName() + " " + java.util.Optional.class.getSimpleName());
    }
}
