// compareTo and the static compare of every wrapper; sorting arrays of
// boxed values through Comparable.
public class BoxCompareTo {
    static <T extends Comparable<T>> void sort(T[] a) {
        for (int i = 1; i < a.length; i++) {
            T key = a[i];
            int j = i - 1;
            while (j >= 0 && a[j].compareTo(key) > 0) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = key;
        }
    }

    static <T> String join(T[] a) {
        String s = "";
        for (T x : a) s += x + " ";
        return s;
    }

    static int sign(int v) { return v < 0 ? -1 : v > 0 ? 1 : 0; }

    public static void main(String[] args) {
        Integer[] ints = {5, -3, 1000, Integer.MIN_VALUE, 0, 127, -128, Integer.MAX_VALUE};
        sort(ints);
        System.out.println(join(ints));
        Long[] longs = {5L, Long.MIN_VALUE, -1L, Long.MAX_VALUE, 0L};
        sort(longs);
        System.out.println(join(longs));
        Character[] chars = {'z', 'a', 'M', '0', ' '};
        sort(chars);
        System.out.println(join(chars));
        Boolean[] bools = {true, false, true, false};
        sort(bools);
        System.out.println(join(bools));
        Short[] shorts = {(short) 3, (short) -32768, (short) 32767};
        sort(shorts);
        System.out.println(join(shorts));
        Byte[] bytes = {(byte) 3, (byte) -128, (byte) 127, (byte) 0};
        sort(bytes);
        System.out.println(join(bytes));
        Float[] floats = {1.5f, Float.NaN, -0.0f, 0.0f, Float.NEGATIVE_INFINITY};
        sort(floats);
        System.out.println(join(floats));
        Integer a = 3, b = 7;
        System.out.println(a.compareTo(b) + " " + b.compareTo(a) + " " + a.compareTo(3) + " " + Integer.compare(a, b));
        System.out.println(sign(Long.valueOf(5).compareTo(6L)) + " " + Long.compare(7L, 2L));
        System.out.println(sign(Short.valueOf((short) 5).compareTo((short) -5)) + " " + sign(Short.compare((short) 1, (short) 2)));
        System.out.println(sign(Byte.valueOf((byte) 5).compareTo((byte) 6)) + " " + sign(Byte.compare((byte) 1, (byte) -2)));
        System.out.println(Double.valueOf(1.0).compareTo(2.0) + " " + Float.compare(3f, 3f));
        System.out.println(Integer.sum(a, b) + " " + Integer.max(a, b) + " " + Integer.min(a, b) + " " + Long.sum(1L, 2L) + " " + Double.max(0.5, 0.25));
    }
}
