// error: incompatible types: int cannot be converted to boolean
public class AssertNotBoolean {
    public static void main(String[] args) {
        int x = args.length;
        assert x : "x"; // <-- error
    }
}
