import java.math.BigInteger;
import java.util.Random;

public class BigIntegerPrimes {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (int i = -20; i < 200; i++)
            if (BigInteger.valueOf(i).isProbablePrime(50)) sb.append(i).append(' ');
        System.out.println(sb);
        String[] ns = {"561", "1105", "1729", "2047", "3215031751", "2152302898747", "3474749660383", "341550071728321",
            "3825123056546413051", "318665857834031151167461", "3317044064679887385961981",
            "2305843009213693951", "2305843009213693953", "618970019642690137449562111", "170141183460469231731687303715884105727",
            "170141183460469231731687303715884105729", "18446744073709551557", "18446744073709551559", "18446744073709551629",
            "4294967291", "4294967297", "4294967311", "1000000007", "999999999989", "1000000000000000000000000000057",
            "2199023255551", "32769", "65537", "-65537", "1", "0", "2", "-2", "4"};
        for (String s : ns) {
            BigInteger v = new BigInteger(s);
            System.out.println(s + " prime " + v.isProbablePrime(100) + " " + v.isProbablePrime(0) + " " + v.isProbablePrime(-3));
        }
        String[] starts = {"0", "1", "2", "3", "7", "13", "24", "89", "1000", "4294967291", "18446744073709551557", "1000000000000000000000000000000",
            "170141183460469231731687303715884105727", "99999999999999999999999999999999999999999999"};
        for (String s : starts) System.out.println("next after " + s + " = " + new BigInteger(s).nextProbablePrime());
        try {
            BigInteger.valueOf(-1).nextProbablePrime();
        } catch (ArithmeticException e) {
            System.out.println("ArithmeticException: " + e.getMessage());
        }
        BigInteger m127 = BigInteger.ONE.shiftLeft(127).subtract(BigInteger.ONE);
        BigInteger m521 = BigInteger.ONE.shiftLeft(521).subtract(BigInteger.ONE);
        BigInteger m523 = BigInteger.ONE.shiftLeft(523).subtract(BigInteger.ONE);
        System.out.println("M127 " + m127.isProbablePrime(100) + " M521 " + m521.isProbablePrime(100) + " M523 " + m523.isProbablePrime(100)
            + " M127*M521 " + m127.multiply(m521).isProbablePrime(100));
        // count primes among random odd numbers, and in a run of consecutive numbers
        Random r = new Random(5);
        int count = 0;
        long sum = 0;
        for (int i = 0; i < 1000; i++) {
            BigInteger x = new BigInteger(20 + r.nextInt(100), r).setBit(0);
            if (x.isProbablePrime(40)) {
                count++;
                sum = sum * 31 + x.hashCode();
            }
        }
        System.out.println("random primes " + count + " checksum " + sum);
        BigInteger p = new BigInteger("1000000000000");
        for (int i = 0; i < 20; i++) p = p.nextProbablePrime();
        System.out.println("20th prime after 10^12: " + p);
        int c2 = 0;
        for (int i = 0; i < 20000; i++) if (BigInteger.valueOf(i).isProbablePrime(20)) c2++;
        System.out.println("primes below 20000: " + c2);
    }
}
