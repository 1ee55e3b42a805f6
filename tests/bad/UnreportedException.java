// error: unreported exception Oops; must be caught or declared to be thrown
public class UnreportedException {
    static class Oops extends Exception { Oops(String m) { super(m); } }
    static void risky(int x) throws Oops {
        if (x < 0) throw new Oops("negative");
    }
    public static void main(String[] args) {
        risky(1); // <-- error
    }
}
