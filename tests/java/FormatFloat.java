public class FormatFloat {
    public static void main(String[] args) {
        double[] ds = {0.125, 2.675, 0.05, 1e-5, 0.1, 1.005, 123456789.125, 1e20, 1.0E23, 9.995, 0.0005, 0.00049999, 5e-324,
            1.7976931348623157e308, -0.0, 0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.3, 2.5, 3.5,
            1234567.0, 0.000123456, 99999.95, 999999.5, 1e-4, 9.9999e-5, 100000.0, 1e6, 123.456, -1234.5678, 1e-300, 6.02214076e23,
            0.1 + 0.2, 1.0 / 3, 2.0 / 3, 1e15, 1e16, 1e17, 123456789012345678.0, 4.35, 0.045, -0.5, 0.95, 9.5, 99.5, 0.0001234};
        String[] fs = {"%f", "%.2f", "%.1f", "%.0f", "%.20f", "%e", "%.3e", "%.0e", "%E", "%g", "%.3g", "%G", "%.0g", "%.10g",
            "%a", "%,.2f", "%+.3f", "%(.2f", "% .1f", "%012.3f", "%-12.2e|", "%#.0f", "%#.0e", "%10.4g|", "%s", "%.15g", "%.17f",
            "%(e", "%+e", "%012e", "%,g", "%A", "%.3a", "%.1a", "%15a|", "%-15.2a|", "%015.2a", "%,015.3f", "%(,015.3f", "%.0a"};
        for (int i = 0; i < ds.length; i++) {
            String line = "";
            for (int j = 0; j < fs.length; j++) line = line + String.format(fs[j], ds[i]) + " ";
            System.out.println(line);
        }
        float[] fl = {0.1f, 1.1f, 3.4028235e38f, 1e-45f, 0.125f, 2.675f, 16777217f, 1.0E10f, -7.5f, 1.17549435E-38f};
        for (int i = 0; i < fl.length; i++) {
            String line = "";
            for (int j = 0; j < fs.length; j++) line = line + String.format(fs[j], fl[i]) + " ";
            System.out.println(line);
        }
        double x = 1.0;
        for (int i = 0; i < 40; i++) {
            System.out.printf("%.3f %.2e %g %.4g%n", x, x, x, x);
            x = x * 7.3 / 3.1;
        }
        x = 1.0;
        for (int i = 0; i < 40; i++) {
            System.out.printf("%.5f %.1e %g %.2g%n", x, x, x, x);
            x = x / 6.7;
        }
    }
}
