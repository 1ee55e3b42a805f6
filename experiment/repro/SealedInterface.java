public class SealedInterface {
    sealed interface Shape permits Sq {}    // limec: <identifier> expected
    record Sq(int s) implements Shape {}
    public static void main(String[] args) {
        Shape s = new Sq(2);
        System.out.println(s instanceof Sq q ? q.s() : -1);
    }
}
