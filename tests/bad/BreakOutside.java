// error: break outside switch or loop
public class BreakOutside {
    public static void main(String[] args) {
        int x = 3;
        if (x > 2) {
            break; // <-- error
        }
        System.out.println(x);
    }
}
