// error: cannot find symbol: static 'square' in class 'Math'
import static java.lang.Math.square; // <-- error

public class ImportStaticMissing {
    public static void main(String[] args) {}
}
