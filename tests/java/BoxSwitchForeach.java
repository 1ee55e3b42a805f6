// switch on a boxed value (unboxed), for-each with a primitive variable
// over a wrapper array and a wrapper variable over a primitive array.
public class BoxSwitchForeach {
    static String name(Integer n) {
        switch (n) {
        case 1: return "one";
        case 2: return "two";
        case 1000: return "thousand";
        default: return "many";
        }
    }

    static int weight(Byte b, Short s) {
        int w = 0;
        switch (b) {
        case 1: w += 10;
        case 2: w += 20; break;
        default: w += 1;
        }
        switch (s) {
        case -1: w *= 2; break;
        case 300: w *= 3; break;
        }
        return w;
    }

    public static void main(String[] args) {
        Integer[] boxes = {1, 2, 3, 1000, -4};
        for (int v : boxes) System.out.println(v + " " + name(v));
        long total = 0;
        for (long v : boxes) total += v << 32;
        System.out.println(total);
        double avg = 0;
        for (double v : boxes) avg += v / boxes.length;
        System.out.println(avg);
        int[] prims = {5, 127, 128, -128};
        Integer prev = null;
        for (Integer v : prims) {
            System.out.println(v + " " + (prev != null && prev.equals(v)) + " " + v.hashCode());
            prev = v;
        }
        for (Object o : prims.length > 0 ? new Object[] {1, 'c', 2.5, true} : null) System.out.println(o);
        char[] letters = {'x', 'y'};
        for (Character c : letters) System.out.println(c.compareTo('x'));
        System.out.println(weight((byte) 1, (short) -1) + " " + weight((byte) 2, (short) 300) + " " + weight((byte) 9, (short) 0));
        Character grade = 'B';
        switch (grade) {
        case 'A': System.out.println("top"); break;
        case 'B':
        case 'C': System.out.println("middle"); break;
        default: System.out.println("low");
        }
        Integer[][] table = {{1, 2}, {3, 4, 5}};
        int sum = 0;
        for (Integer[] row : table)
            for (int x : row) sum += x;
        System.out.println(sum);
        for (Integer i = 0; i < 3; i++) System.out.print(i);
        System.out.println();
        Integer k = 10;
        while (k > 0) k -= 3;
        System.out.println(k);
        Integer m = 0;
        do { m++; } while (m < 4);
        System.out.println(m);
    }
}
