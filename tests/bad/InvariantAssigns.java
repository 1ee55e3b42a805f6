// error: variable 'x' might not have been initialized
public class InvariantAssigns {
    public static void main(String[] args) {
        int x;
        assert (x = args.length) >= 0;  // may not run: x is not assigned after it
        System.out.println(x); // <-- error
    }
}
