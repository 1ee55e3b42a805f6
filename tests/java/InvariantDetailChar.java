public class InvariantDetailChar {
    public static void main(String[] args) {
        char c = 'q';
        byte b = -3;
        assert b < 0 : b;
        assert 1.5f > 1 : 1.5f;
        assert c == 'x' : c;
    }
}
