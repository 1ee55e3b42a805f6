// error: variable 'x' might not have been initialized
public class Uninitialized {
    public static void main(String[] args) {
        int x;
        int y = x + 1; // <-- error
        System.out.println(y);
    }
}
