/* A set of longs (a loop's memo number and an index: where the rest of a
 * pattern failed), open addressing with linear probing; no boxing, since a
 * catastrophic pattern asks it once per backtracking step. */
final class FailureSet {
    private long[] keys = new long[64];   /* 0: empty (a stored key is never 0: it is stored + 1) */
    private int size;

    void clear() {
        if (size == 0) return;
        java.util.Arrays.fill(keys, 0L);
        size = 0;
    }

    private int slot(long k) {
        long h = k * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & (keys.length - 1);
    }

    boolean contains(long key) {
        long k = key + 1;
        for (int i = slot(k); ; i = (i + 1) & (keys.length - 1)) {
            if (keys[i] == k) return true;
            if (keys[i] == 0) return false;
        }
    }

    void add(long key) {
        if (2 * (size + 1) > keys.length) grow();
        long k = key + 1;
        int i = slot(k);
        while (keys[i] != 0) {
            if (keys[i] == k) return;
            i = (i + 1) & (keys.length - 1);
        }
        keys[i] = k;
        size++;
    }

    private void grow() {
        long[] old = keys;
        keys = new long[old.length * 2];
        size = 0;
        for (long k : old) if (k != 0) add(k - 1);
    }
}
