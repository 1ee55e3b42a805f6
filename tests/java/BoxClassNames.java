// The wrapper classes at run time: getClass names and ClassCastException
// messages name java.lang.Integer etc. as the JVM does.
public class BoxClassNames {
    public static void main(String[] args) {
        Object[] os = {5, 5L, 'c', true, 1.5, 1.5f, (short) 1, (byte) 2};
        for (Object o : os) System.out.println(o.getClass().getName() + " " + o.getClass().getSimpleName() + " " + o.getClass());
        Number n = 3;
        System.out.println(n.getClass() == Integer.valueOf(9).getClass());
        try {
            Object s = "x";
            Integer i = (Integer) s;
        } catch (ClassCastException e) {
            System.out.println(e.getMessage());
        }
        try {
            Object d = 2.0;
            Integer i = (Integer) d;
        } catch (ClassCastException e) {
            System.out.println(e.getMessage());
        }
    }
}
