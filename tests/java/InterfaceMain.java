interface InterfaceMain {
    int LIMIT = compute();
    static int compute() { return 6 * 7; }
    static void main(String[] args) {
        System.out.println("main in an interface " + LIMIT);
        char grade = 'B';
        switch (grade) {
            case 'A': case 'B':
                System.out.println("good");
            case 'C':
                System.out.println("fallthrough");
                break;
            default:
                System.out.println("no");
        }
        final int K = 2;
        switch (3) { case K + 1 -> System.out.println("const expr label"); default -> System.out.println("d"); }
        String out = "";
        for (int i = 0; i < 3; i++) out += i + ",";
        System.out.println(out);
        long big = Integer.MAX_VALUE;
        big++;
        int narrowed = (int) big;
        System.out.println(big + " " + narrowed + " " + (big >>> 1) + " " + (Long.MIN_VALUE >> 63));
        double d = 1e308 * 10;
        float fl = (float) 1e40;
        System.out.println(d + " " + fl + " " + (int) Double.POSITIVE_INFINITY + " " + Float.MIN_VALUE + " " + Double.MIN_VALUE);
        System.out.println(0.1f + 0.2f + " " + (0.1 + 0.2 == 0.3) + " " + 100.0 / 3 + " " + (float) (100.0 / 3) + " " + 1e-5 + " " + 123456789.0f);
    }
}
