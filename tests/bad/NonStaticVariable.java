// error: non-static variable 'x' cannot be referenced from a static context
public class NonStaticVariable {
    int x = 5;

    public static void main(String[] args) {
        System.out.println(x); // <-- error
    }
}
