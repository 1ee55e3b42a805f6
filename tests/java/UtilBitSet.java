// BitSet: a sieve of Eratosthenes, set/clear/flip over ranges, the bit
// searches, and/or/xor/andNot, size growth, equals/hashCode/toString.
import java.util.*;

public class UtilBitSet {
    static BitSet sieve(int n) {
        BitSet composite = new BitSet(n + 1);
        composite.set(0);
        composite.set(1);
        for (int p = 2; p * p <= n; p = composite.nextClearBit(p + 1))
            for (int m = p * p; m <= n; m += p) composite.set(m);
        BitSet primes = new BitSet();
        primes.set(0, n + 1);
        primes.andNot(composite);
        return primes;
    }

    static void show(String name, BitSet b) {
        System.out.println(name + " " + b + " card=" + b.cardinality() + " len=" + b.length() + " size=" + b.size()
            + " empty=" + b.isEmpty() + " hash=" + b.hashCode());
    }

    public static void main(String[] args) {
        BitSet primes = sieve(200);
        System.out.println(primes);
        System.out.println("count " + primes.cardinality() + " length " + primes.length() + " size " + primes.size());
        int twins = 0;
        for (int p = primes.nextSetBit(0); p >= 0; p = primes.nextSetBit(p + 1)) if (primes.get(p + 2)) twins++;
        System.out.println("twin pairs " + twins + " largest <= 100: " + primes.previousSetBit(100)
            + " first gap after 89: " + primes.nextClearBit(89) + " previousClear(97) " + primes.previousClearBit(97));

        BitSet a = new BitSet();
        show("new", a);
        a.set(3);
        a.set(64);
        a.set(130, true);
        a.set(3, false);
        a.flip(5);
        a.flip(0, 4);
        show("a", a);
        a.clear(100, 200);
        show("a cleared", a);
        BitSet b = new BitSet(10);
        show("b", b);
        b.set(1, 12);
        b.clear(4);
        show("b", b);
        System.out.println("get(2,9) " + b.get(2, 9) + " size " + b.get(2, 9).size() + " get(50,60) " + b.get(50, 60));
        System.out.println("intersects " + a.intersects(b) + " " + b.intersects(new BitSet()));
        BitSet and = (BitSet) a.clone(), or = (BitSet) a.clone(), xor = (BitSet) a.clone(), andNot = (BitSet) a.clone();
        and.and(b);
        or.or(b);
        xor.xor(b);
        andNot.andNot(b);
        show("and", and);
        show("or", or);
        show("xor", xor);
        show("andNot", andNot);
        BitSet same = new BitSet(1000);
        same.or(a);
        System.out.println("equal across sizes " + same.equals(a) + " " + (same.hashCode() == a.hashCode()) + " " + a.equals(b) + " " + a.equals("x"));
        a.xor(a);
        show("a xor a", a);
        BitSet big = new BitSet();
        big.set(1000);
        show("big", big);
        big.clear();
        show("big cleared", big);
        System.out.println(BitSet.valueOf(new long[] {5L, 0L, 1L, 0L}) + " " + Arrays.toString(primes.get(0, 64).toLongArray()));
        try {
            a.set(-1);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e);
        }
        try {
            a.set(5, 2);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e);
        }
        try {
            a.nextSetBit(-3);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e);
        }
        try {
            a.clear(-2, 4);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e);
        }
        try {
            new BitSet(-5);
        } catch (NegativeArraySizeException e) {
            System.out.println(e);
        }
        System.out.println(a.get(-7));
    }
}
