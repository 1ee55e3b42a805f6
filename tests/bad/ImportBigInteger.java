// error: java.math.BigInteger is Java's but not in Lime's library
import java.math.BigInteger; // <-- error

public class ImportBigInteger {
    public static void main(String[] args) {
        BigInteger in = BigInteger.valueOf(7);
        int n = in.intValue() + "";   // (javac rejects this line)
    }
}
