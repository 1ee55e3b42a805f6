// error: unreported exception Exception; must be caught or declared to be thrown
public class ThrowChecked {
    public static void main(String[] args) {
        if (args.length > 5) throw new Exception("too many"); // <-- error
        System.out.println("ok");
    }
}
