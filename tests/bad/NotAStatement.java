// error: not a statement
public class NotAStatement {
    public static void main(String[] args) {
        int x = 1;
        x + 1; // <-- error
        System.out.println(x);
    }
}
