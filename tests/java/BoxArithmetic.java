// Binary numeric promotion with boxed operands (JLS 5.6.2): unboxed,
// then promoted; == between a boxed and a primitive operand compares
// values, between two boxed operands compares references.
public class BoxArithmetic {
    static Integer i(int v) { return v; }

    public static void main(String[] args) {
        Integer a = 7, b = 2;
        Long l = 10L;
        Double d = 0.5;
        Float f = 1.25f;
        Short s = 3;
        Byte by = -4;
        Character c = 'A';
        System.out.println(a + b);
        System.out.println(a - b);
        System.out.println(a * b);
        System.out.println(a / b);
        System.out.println(a % b);
        System.out.println(a + l);
        System.out.println(a * d);
        System.out.println(a / f);
        System.out.println(s * by);
        System.out.println(c + a);
        System.out.println(c + s + by + l + f + d);
        System.out.println(a << b);
        System.out.println(-a >> 1);
        System.out.println(-a >>> 28);
        System.out.println(l << a);
        System.out.println(a & b);
        System.out.println(a | b);
        System.out.println(a ^ b);
        System.out.println(~a);
        System.out.println(-d);
        System.out.println(+c);
        System.out.println(a > b);
        System.out.println(a <= b);
        System.out.println(d < f);
        System.out.println(l >= 10);
        System.out.println(a == 7);
        System.out.println(7L == a);
        System.out.println(a == 7.0);
        System.out.println(c == 65);
        System.out.println(i(500) == i(500));
        System.out.println(i(500) == 500);
        System.out.println(i(500).equals(i(500)));
        System.out.println(i(500) != i(500));
        System.out.println(i(50) == i(50));
        System.out.println(i(500) + 0 == i(500) + 0);
        System.out.println(i(500) >= i(500));
        System.out.println(a / 0.0);
        try {
            System.out.println(a / (b - 2));
        } catch (ArithmeticException e) {
            System.out.println("ArithmeticException: " + e.getMessage());
        }
        System.out.println(Integer.MAX_VALUE + i(1));
        System.out.println(Long.MAX_VALUE + Long.valueOf(1));
        int[] arr = {10, 20, 30};
        System.out.println(arr[b] + arr[i(0)]);
        int[] made = new int[a];
        System.out.println(made.length);
        System.out.println(a + b + "" + a + b);
        System.out.println("" + (a + b) + c + d);
        String text = "v:" + a + l + d + f + s + by + c + Boolean.TRUE;
        System.out.println(text);
        System.out.println(Math.max(a, b) + Math.min(l, 3L) + Math.abs(by));
    }
}
