// error: try statements are not supported
public class UnsupportedTry {
    public static void main(String[] args) {
        int x = 0;
        try { x = 1 / x; } catch (NoSuchThing e) { x = -1; } // <-- error
        System.out.println(x);
    }
}
