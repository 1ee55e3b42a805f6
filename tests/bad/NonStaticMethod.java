// error: non-static method 'f()' cannot be referenced from a static context
public class NonStaticMethod {
    int f() { return 1; }

    public static void main(String[] args) {
        int r = f(); // <-- error
        System.out.println(r);
    }
}
