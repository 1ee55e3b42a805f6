// error: anonymous classes must not extend sealed classes
sealed interface Op permits Add { int apply(int a); }
final class Add implements Op { public int apply(int a) { return a + 1; } }
public class SealedAnonymous {
    public static void main(String[] args) {
        Op twice = new Op() { public int apply(int a) { return 2 * a; } }; // <-- error
        System.out.println(twice.apply(3));
    }
}
