// error: reference to 'g' is ambiguous
public class AmbiguousCallChar {
    static void g(char a, int b) { }
    static void g(int a, char b) { }

    public static void main(String[] args) {
        char c = 'x';
        g(c, c); // <-- error
    }
}
