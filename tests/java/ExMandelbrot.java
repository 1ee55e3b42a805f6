public class ExMandelbrot {
    static final int MAX_ITER = 50;

    static int escape(double cr, double ci) {
        double zr = 0, zi = 0;
        int i = 0;
        while (i < MAX_ITER && zr * zr + zi * zi <= 4.0) {
            double t = zr * zr - zi * zi + cr;
            zi = 2 * zr * zi + ci;
            zr = t;
            i++;
        }
        return i;
    }

    public static void main(String[] args) {
        final int width = 72, height = 28;
        final char[] shades = " .:-=+*#%@".toCharArray();
        int inside = 0;
        for (int y = 0; y < height; y++) {
            StringBuilder line = new StringBuilder(width);
            double ci = -1.2 + 2.4 * y / (height - 1);
            for (int x = 0; x < width; x++) {
                double cr = -2.1 + 3.0 * x / (width - 1);
                int it = escape(cr, ci);
                if (it == MAX_ITER) {
                    inside++;
                    line.append('@');
                } else {
                    line.append(shades[it % (shades.length - 1)]);
                }
            }
            System.out.println(line.toString().stripTrailing());
        }
        System.out.printf("points inside: %d of %d (%.2f%%)%n", inside, width * height, 100.0 * inside / (width * height));
    }
}
