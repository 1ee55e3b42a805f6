public class FormatRandom {
    static long seed = 12345;
    static long next() {
        seed = seed * 6364136223846793005L + 1442695040888963407L;
        return seed;
    }
    public static void main(String[] args) {
        String[] fs = {"%.3f", "%.0f", "%e", "%.1e", "%g", "%.2g", "%.12g", "%.5a", "%,.4f", "%.17e"};
        for (int i = 0; i < 3000; i++) {
            long r = next();
            double d;
            int mode = (int) ((r >>> 60) & 3);
            if (mode == 0) d = Double.longBitsToDouble(next());
            else if (mode == 1) d = (double) (next() % 100000) / 1000.0;
            else if (mode == 2) {
                d = (double) (next() % 10000000);
                int k = (int) (next() % 30);
                for (int t = 0; t < k; t++) d = d * 10;
                for (int t = 0; t > k; t--) d = d / 10;
            }
            else d = (next() % 1000) / 8.0;
            float f = (float) d;
            String line = "";
            for (int j = 0; j < fs.length; j++) line = line + String.format(fs[j], d) + " " + String.format(fs[j], f) + " ";
            System.out.println(line);
        }
    }
}
