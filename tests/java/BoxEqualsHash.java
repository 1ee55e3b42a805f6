// equals and hashCode of every wrapper class (the API's formulas), and
// equals across wrapper types (always false).
public class BoxEqualsHash {
    static void show(String what, Object a, Object b) {
        System.out.println(what + ": " + a + " " + b + " equals " + a.equals(b) + " hash " + a.hashCode() + " " + b.hashCode());
    }

    public static void main(String[] args) {
        show("int", 7, 7);
        show("int neg", -7, Integer.valueOf(-7));
        show("int max", Integer.MAX_VALUE, Integer.MIN_VALUE);
        show("long", 7L, 7L);
        show("long big", 1L << 40, (1L << 40) + 1);
        show("long neg", -1L, Long.MIN_VALUE);
        show("long max", Long.MAX_VALUE, 123456789012345L);
        show("short", (short) -5, (short) 300);
        show("byte", (byte) -5, (byte) 100);
        show("char", 'a', 'b');
        show("bool", true, false);
        show("float", 1.5f, 1.5f);
        show("float neg", -2.25f, Float.MAX_VALUE);
        show("double", 1.5, 1.5);
        show("double pi", Math.PI, Double.MIN_VALUE);
        show("double inf", Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);
        System.out.println(Integer.valueOf(1).equals(1L));
        System.out.println(Integer.valueOf(1).equals(1));
        System.out.println(Long.valueOf(1).equals(1));
        System.out.println(Long.valueOf(1).equals(1L));
        System.out.println(Short.valueOf((short) 1).equals(1));
        System.out.println(Byte.valueOf((byte) 1).equals((byte) 1));
        System.out.println(Character.valueOf('1').equals(1));
        System.out.println(Character.valueOf('1').equals('1'));
        System.out.println(Double.valueOf(1).equals(1.0f));
        System.out.println(Float.valueOf(1).equals(1.0f));
        System.out.println(Boolean.TRUE.equals(true) + " " + Boolean.TRUE.equals("true"));
        Integer i = 5;
        System.out.println(i.equals(null) + " " + i.equals("5") + " " + i.toString().equals("5"));
        System.out.println(Integer.hashCode(99) + " " + Long.hashCode(-99L) + " " + Double.hashCode(0.1) + " " + Float.hashCode(0.1f)
                + " " + Boolean.hashCode(true) + " " + Character.hashCode('z') + " " + Short.hashCode((short) 3) + " " + Byte.hashCode((byte) -3));
        Object[] all = {1, 1L, (short) 1, (byte) 1, '1', true, 1.0f, 1.0};
        for (int a = 0; a < all.length; a++) {
            StringBuilderless line = new StringBuilderless();
            for (int b = 0; b < all.length; b++) line.add(all[a].equals(all[b]) ? "T" : ".");
            System.out.println(line.text + " " + all[a].hashCode());
        }
    }
}

class StringBuilderless {
    String text = "";
    void add(String s) { text = text + s; }
}
