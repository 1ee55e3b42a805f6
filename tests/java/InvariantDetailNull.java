public class InvariantDetailNull {
    public static void main(String[] args) {
        String s = null;
        assert s == null : "not null";
        System.out.println("null holds");
        assert s != null : s;
    }
}
