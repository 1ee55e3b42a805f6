// error: unclosed string literal
public class LexicalErrors {
    public static void main(String[] args) {
        String s = "never closed; // <-- error
        int x = 1;
        char c = 'ab';
        int y = 3 # 4;
        double d = 1e;
        int z = 0x;
        char e = '';
        int w = 1_;
        String u = "\q";
        long q = 0b;
        float f = 1e99999f;
        char k = '\u00g1';
        int v = x + ;
        System.out.println(s + x + c + y + d + z + e + w + u + q + f + k + v);
    }
}
