// error: variable 'n' is already defined in method 'f(int)'
public class DuplicateParam {
    static int f(int n) {
        for (int n = 0; n < 3; n++) { // <-- error
            System.out.println(n);
        }
        return 0;
    }

    public static void main(String[] args) {
        f(1);
    }
}
