// error: variable 'x' is already defined in method 'main(String[])'
public class DuplicateLocal {
    public static void main(String[] args) {
        int x = 1;
        {
            int x = 2; // <-- error
            System.out.println(x);
        }
    }
}
