public class StringJoinCtor {
    public static void main(String[] args) {
        System.out.println(String.join(", ", "a", "b", "c"));
        System.out.println(String.join("", "x", "y"));
        System.out.println("[" + String.join("-") + "]");
        System.out.println(String.join("/", "only"));
        String nul = null;
        System.out.println(String.join("+", "a", nul, "c"));
        String[] words = {"to", "be", "or", "not"};
        System.out.println(String.join(" ", words));
        String[] none = {};
        System.out.println("[" + String.join(",", none) + "]");
        char[] cs = {'J', 'a', 'v', 'a'};
        String s1 = new String(cs);
        cs[0] = 'L';
        System.out.println(s1 + " " + new String(cs) + " " + new String(cs, 1, 3) + " [" + new String(cs, 4, 0) + "]");
        System.out.println(new String("copy") + "[" + new String() + "]" + String.valueOf(cs));
        System.out.println(new String(cs).equals(String.valueOf(cs)) + " " + new String(cs).hashCode() + " " + "Java".hashCode());
        System.out.println(Character.compare('a', 'b') + " " + Character.compare('z', 'a') + " " + Character.compare('q', 'q'));
        System.out.println(Boolean.compare(true, false) + " " + Boolean.compare(false, true) + " " + Boolean.compare(true, true));
        System.out.println(Double.compare(0.0, -0.0) + " " + Double.compare(Double.NaN, Double.POSITIVE_INFINITY) + " "
            + Double.compare(Double.NaN, Double.NaN) + " " + Double.compare(1.5, 2.5) + " " + Double.compare(-0.0, 0.0));
        System.out.println(Float.compare(0.0f, -0.0f) + " " + Float.compare(Float.NaN, 1f) + " " + Float.compare(1f, 1f));
        System.out.println(Integer.compare(3, 7) + " " + Long.compare(9L, 2L) + " " + Integer.signum(-9) + " " + Integer.toString(255, 16));
        System.out.println(Short.MAX_VALUE + " " + Short.MIN_VALUE + " " + Byte.MAX_VALUE + " " + Byte.MIN_VALUE + " "
            + (int) Character.MAX_VALUE + " " + (int) Character.MIN_VALUE + " " + Integer.SIZE + " " + Long.BYTES);
        short sm = Short.MAX_VALUE;
        char cm = Character.MAX_VALUE;
        System.out.println(sm + 1);
        System.out.println(cm);
        System.out.println(Boolean.parseBoolean("TRUE") + " " + Boolean.parseBoolean("yes") + " " + Boolean.toString(false));
    }
}
