// Boxing (JLS 5.1.7): valueOf caches -128..127 for Integer, Long, Short,
// Byte (all values) and Character 0..127, so == on boxed values is true
// exactly there; Boolean has two objects; Float and Double cache nothing.
public class BoxIntegerCache {
    static Integer boxInt(int v) { return v; }
    static Long boxLong(long v) { return v; }

    public static void main(String[] args) {
        int[] values = {-129, -128, -1, 0, 1, 100, 127, 128, 1000, Integer.MIN_VALUE, Integer.MAX_VALUE};
        for (int v : values) {
            Integer a = v, b = v;
            Integer c = Integer.valueOf(v);
            System.out.println("int " + v + ": " + (a == b) + " " + (a == c) + " " + a.equals(b) + " " + (a == v));
        }
        for (int v : values) {
            Long a = (long) v, b = boxLong(v);
            System.out.println("long " + v + ": " + (a == b) + " " + a.equals(b) + " " + (a == (long) v));
        }
        for (int v = -130; v <= 130; v += 13) {
            Short s1 = (short) v, s2 = Short.valueOf((short) v);
            Byte b1 = (byte) v, b2 = (byte) v;
            System.out.println("short/byte " + v + ": " + (s1 == s2) + " " + (b1 == b2) + " " + b1);
        }
        char[] chars = {'a', 'Z', '0', (char) 127, (char) 128, (char) 200, (char) 1000};
        for (char ch : chars) {
            Character c1 = ch, c2 = Character.valueOf(ch);
            System.out.println("char " + (int) ch + ": " + (c1 == c2) + " " + c1.equals(c2));
        }
        Boolean t1 = true, t2 = Boolean.valueOf(true), f1 = false;
        System.out.println((t1 == t2) + " " + (t1 == Boolean.TRUE) + " " + (f1 == Boolean.FALSE) + " " + (t1 == f1));
        Double d1 = 1.0, d2 = 1.0;
        Float f3 = 1.0f, f4 = 1.0f;
        System.out.println((d1 == d2) + " " + d1.equals(d2) + " " + (f3 == f4) + " " + f3.equals(f4));
        Integer x = boxInt(127), y = boxInt(127), z = boxInt(128), w = boxInt(128);
        System.out.println((x == y) + " " + (z == w) + " " + (z != w) + " " + (z.intValue() == w));
        Object o1 = 42, o2 = 42, o3 = 4200, o4 = 4200;
        System.out.println((o1 == o2) + " " + (o3 == o4) + " " + o3.equals(o4));
    }
}
