// error: ';' expected
public class SemicolonExpectedCall {
    public static void main(String[] args) {
        System.out.println("a") // <-- error
    }
}
