public class InvariantDetailDouble {
    static long big() { return 1L << 40; }

    public static void main(String[] args) {
        assert big() > 0 : big();
        double third = 1.0 / 3;
        assert third > 1 : third;
    }
}
