// error: static methods cannot be annotated with @Override
public class OverrideStatic {
    @Override // <-- error
    public static String toString(int x) { return "" + x; }

    public static void main(String[] args) {}
}
