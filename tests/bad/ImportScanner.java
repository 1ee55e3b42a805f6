// error: java.util.Scanner is not in Lime's library
import java.util.Scanner; // <-- error

public class ImportScanner {
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        int n = in.nextInt() + "";   // (javac rejects this line)
    }
}
