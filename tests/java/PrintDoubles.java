public class PrintDoubles {
    public static void main(String[] args) {
        System.out.println(1.0);
        System.out.println(1.0E10);
        System.out.println(1.0E-5);
        System.out.println(0.0 / 0.0);
        System.out.println(-1.0 / 0.0);
        System.out.println(-0.0);
        System.out.println(0.1 + 0.2);
        System.out.println(100.0 / 3);
        double[] ds = { 0.001, 0.0001, 1234567.0, 12345678.0, 9999999.999, 10000000.0, 123.456, -987.654e-10, 1e21, 1e-21,
                        2.0 / 3, 5e-5, 0.5, 0.25, 0.125, 1.0 / 1024, 3.0e100, 7.0e-100, 1.2345678901234567e-7, 299792458.0,
                        6.0221409e+23, 1.602176634e-19, 42.0, -42.5, 0.3, 0.7, 1.1, 2.2, 3.3 };
        for (double d : ds) System.out.println(d);
        float[] fs = { 1.0f, 1.0e10f, 1.0e-5f, 0.1f + 0.2f, 100.0f / 3, -0.0f, 0.001f, 1234567.0f, 12345678.0f, 1.0f / 3,
                       16777216.0f, 3.0e-10f, 1e-3f, 9.999999e6f, 1e7f, 0.3f, 2.7182817f, 6.02e23f };
        for (float f : fs) System.out.println(f);
        double x = 1;
        for (int i = 0; i < 19; i++) {
            System.out.println(x + " " + (float) x + " " + -x);
            x *= 7.3;
        }
        double y = 1;
        for (int i = 0; i < 12; i++) {
            System.out.println(y + " " + (float) y);
            y /= 9.1;
        }
        System.out.print(1.5);
        System.out.print(' ');
        System.out.print(2.5f);
        System.out.println();
    }
}
