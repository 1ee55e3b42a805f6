// error: 'void' type not allowed here
public class InvariantVoidDetail {
    static void log() {}

    public static void main(String[] args) {
        assert args.length == 0 : log(); // <-- error
    }
}
