public class LocalDecls {
    public static void main(String[] args) {
        int a = 1, b = a + 1, c = b * 3;
        System.out.println(a + " " + b + " " + c);
        final int K = 7;
        final double HALF = 0.5;
        System.out.println(K * HALF);
        final int late;
        late = a + K;
        System.out.println(late);
        int x, y, z;
        x = y = z = 9;
        System.out.println(x + y + z);
        int arr[] = { 1, 2 }, plain = 3;
        System.out.println(arr.length + plain);
        int[] p, q;
        p = new int[2];
        q = p;
        q[0] = 5;
        System.out.println(p[0]);
        {
            int inner = 10;
            System.out.println("inner " + inner);
            {
                int deeper = inner * 2;
                System.out.println("deeper " + deeper);
            }
            int deeper = 3;
            System.out.println("deeper again " + deeper);
        }
        int inner = 99;
        System.out.println("outer inner " + inner);
        for (int i = 0; i < 2; i++) {
            int t = i * 100;
            System.out.println(t);
        }
        for (int i = 5; i < 7; i++) {
            final int t = i;
            System.out.println(t);
        }
        {
        }
        ;
        ;;
        long m = 1, n = m << 40;
        System.out.println(n);
        char c1 = 'a', c2 = (char) (c1 + 25);
        System.out.println(c1 + "" + c2);
        String s1 = "x", s2 = s1 + s1, s3 = s2 + s2;
        System.out.println(s3);
        double d1 = 1, d2 = d1 / 4;
        System.out.println(d2);
        boolean t1 = true, t2 = !t1, t3 = t1 ^ t2;
        System.out.println(t1 + " " + t2 + " " + t3);
        int shadowTest = 1;
        if (shadowTest > 0) {
            int local = shadowTest + 1;
            shadowTest = local * 10;
        }
        System.out.println(shadowTest);
        int count = 0;
        while (count < 3) {
            int sq = count * count;
            System.out.println("sq " + sq);
            count++;
        }
    }
}
