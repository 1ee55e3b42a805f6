// error: incompatible types: int cannot be converted to boolean
public class InvariantNotBoolean {
    public static void main(String[] args) {
        int x = args.length;
        assert x : "x"; // <-- error
    }
}
