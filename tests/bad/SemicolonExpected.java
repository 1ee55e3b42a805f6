// error: ';' expected
public class SemicolonExpected {
    public static void main(String[] args) {
        int x = 1 // <-- error
        System.out.println(x);
    }
}
