public class InvariantNoDetail {
    public static void main(String[] args) {
        System.out.println("before");
        boolean ok = args.length > 0;
        assert ok;
        System.out.println("after");
    }
}
