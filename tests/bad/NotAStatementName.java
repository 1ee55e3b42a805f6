// error: not a statement
public class NotAStatementName {
    public static void main(String[] args) {
        int y = 2;
        y; // <-- error
    }
}
