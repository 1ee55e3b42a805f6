// error: unreachable statement
public class UnreachableAfterBreak {
    public static void main(String[] args) {
        for (int i = 0; i < 5; i++) {
            break;
            System.out.println(i); // <-- error
        }
    }
}
