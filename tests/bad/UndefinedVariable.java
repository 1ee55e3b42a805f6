// error: cannot find symbol: variable 'x'
public class UndefinedVariable {
    public static void main(String[] args) {
        int y = 2;
        System.out.println(x + y); // <-- error
    }
}
