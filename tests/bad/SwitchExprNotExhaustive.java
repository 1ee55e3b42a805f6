// error: the switch expression does not cover all possible input values
public class SwitchExprNotExhaustive {
    public static void main(String[] args) {
        int k = args.length;
        int v = switch (k) { case 0 -> 10; case 1 -> 20; }; // <-- error
        System.out.println(v);
    }
}
