public class Comparisons {
    public static void main(String[] args) {
        int i = 5;
        long l = 5L;
        float f = 5.0f;
        double d = 5.0;
        char c = 5;
        byte b = 5;
        System.out.println((i == l) + " " + (l == f) + " " + (f == d) + " " + (c == i) + " " + (b == c));
        System.out.println((i < 6) + " " + (i <= 5) + " " + (i > 5) + " " + (i >= 5) + " " + (i != 5));
        System.out.println((0.1f == 0.1) + " " + ((float) 0.1 == 0.1f));
        System.out.println((16777217 == 16777217f) + " " + (16777217L == (long) 16777217f));
        System.out.println(((long) Integer.MAX_VALUE + 1 > Integer.MAX_VALUE));
        System.out.println((-0.0 == 0.0) + " " + (-0.0 < 0.0) + " " + (-0.0f == 0.0f));
        double nan = Double.NaN;
        System.out.println((nan < 1) + " " + (nan > 1) + " " + (nan <= nan) + " " + (nan >= nan) + " " + (nan == nan) + " " + (nan != nan));
        System.out.println((Double.POSITIVE_INFINITY > Double.MAX_VALUE) + " " + (Double.NEGATIVE_INFINITY < -Double.MAX_VALUE));
        System.out.println(('a' < 'b') + " " + ('Z' < 'a') + " " + ('\uffff' > 0));
        System.out.println((Long.MIN_VALUE < Long.MAX_VALUE) + " " + (Integer.MIN_VALUE < 0));
        System.out.println((9007199254740993L == (double) 9007199254740993L) + " " + (9007199254740993L == 9007199254740992.0));
        boolean t = true, fa = false;
        System.out.println((t == fa) + " " + (t != fa) + " " + (t == true));
        String s1 = "a", s2 = s1;
        System.out.println((s1 == s2) + " " + (s1 != null) + " " + (null == s1));
        int[] arr = new int[1], arr2 = arr, arr3 = new int[1];
        System.out.println((arr == arr2) + " " + (arr == arr3) + " " + (arr != arr3));
        int x = 3;
        System.out.println(x > 2 && x < 4);
        System.out.println(x < 2 || x > 10);
        System.out.println(!(x == 3));
        for (int k = -2; k <= 2; k++) {
            System.out.print((k < 0) + "/" + (k <= 0) + "/" + (k == 0) + "/" + (k >= 0) + "/" + (k > 0) + " ");
        }
        System.out.println();
        long big = 1L << 40;
        System.out.println((big > Integer.MAX_VALUE) + " " + ((int) big == 0));
        System.out.println((byte) 200 < 0);
        System.out.println((short) 40000 < 0);
        System.out.println((char) -1 > 0);
        System.out.println(0.5f > 0.49999999);
        System.out.println(1e-46 > 0 && (float) 1e-46 == 0);
        System.out.println(Float.MAX_VALUE < Double.MAX_VALUE);
        System.out.println(Math.min(-0.0, 0.0) == 0.0);
    }
}
