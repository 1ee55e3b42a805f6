// error: integer number too large: 0x1FFFFFFFF
public class HexTooLarge {
    public static void main(String[] args) {
        int mask = 0x1FFFFFFFF; // <-- error
        System.out.println(mask);
    }
}
