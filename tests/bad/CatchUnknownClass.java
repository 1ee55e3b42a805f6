// error: cannot find symbol: class 'NoSuchThing'
public class CatchUnknownClass {
    public static void main(String[] args) {
        int x = 0;
        try { x = 1 / x; } catch (NoSuchThing e) { x = -1; } // <-- error
        System.out.println(x);
    }
}
