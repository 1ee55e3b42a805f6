import static java.lang.System.out;
import static java.lang.System.err;
import static java.lang.System.*;

public class StaticImportOut {
    public static void main(String[] args) {
        out.println("to out");
        out.print(1);
        out.print(' ');
        out.println(2.5);
        out.flush();
        long t = nanoTime();
        out.println(t != 0);
        int[] a = {1, 2, 3};
        int[] b = new int[3];
        arraycopy(a, 0, b, 0, 3);
        out.println(b[0] + b[1] + b[2]);
        err.println("to err");
        exit(3);
    }
}
