/* java.util.BitSet: bits in 64-bit words, growing as the JDK's does (so
 * size() is the JVM's); toString "{1, 3}", equals and hashCode as the
 * javadoc defines them.  wordsInUse: the words up to the highest set
 * bit's; the words above it are zero. */
public class BitSet implements Cloneable, java.io.Serializable {
    private long[] words;
    private int wordsInUse;
    private boolean sizeIsSticky;   /* the size was asked for: clone keeps it */

    public BitSet() { words = new long[1]; }
    public BitSet(int nbits) {
        if (nbits < 0) throw new NegativeArraySizeException("nbits < 0: " + nbits);
        words = new long[wordIndex(nbits - 1) + 1];
        sizeIsSticky = true;
    }
    private BitSet(long[] words) {
        this.words = words;
        wordsInUse = words.length;
        recalculateWordsInUse();
    }
    public static BitSet valueOf(long[] longs) {
        int n = longs.length;
        while (n > 0 && longs[n - 1] == 0) n--;
        long[] w = new long[n];
        System.arraycopy(longs, 0, w, 0, n);
        return new BitSet(w);
    }
    public long[] toLongArray() {
        long[] a = new long[wordsInUse];
        System.arraycopy(words, 0, a, 0, wordsInUse);
        return a;
    }

    private static int wordIndex(int bitIndex) { return bitIndex >> 6; }
    private void recalculateWordsInUse() {
        int i = wordsInUse - 1;
        while (i >= 0 && words[i] == 0) i--;
        wordsInUse = i + 1;
    }
    private void ensureCapacity(int wordsRequired) {
        if (words.length < wordsRequired) {
            long[] bigger = new long[Math.max(2 * words.length, wordsRequired)];
            System.arraycopy(words, 0, bigger, 0, words.length);
            words = bigger;
            sizeIsSticky = false;
        }
    }
    private void expandTo(int wordIndex) {
        int required = wordIndex + 1;
        if (wordsInUse < required) {
            ensureCapacity(required);
            wordsInUse = required;
        }
    }
    private static void checkIndex(int bitIndex) {
        if (bitIndex < 0) throw new IndexOutOfBoundsException("bitIndex < 0: " + bitIndex);
    }
    private static void checkRange(int fromIndex, int toIndex) {
        if (fromIndex < 0) throw new IndexOutOfBoundsException("fromIndex < 0: " + fromIndex);
        if (toIndex < 0) throw new IndexOutOfBoundsException("toIndex < 0: " + toIndex);
        if (fromIndex > toIndex)
            throw new IndexOutOfBoundsException("fromIndex: " + fromIndex + " > toIndex: " + toIndex);
    }

    public boolean get(int bitIndex) {
        checkIndex(bitIndex);
        int w = wordIndex(bitIndex);
        return w < wordsInUse && (words[w] & (1L << bitIndex)) != 0;
    }
    public void set(int bitIndex) {
        checkIndex(bitIndex);
        int w = wordIndex(bitIndex);
        expandTo(w);
        words[w] |= 1L << bitIndex;
    }
    public void set(int bitIndex, boolean value) {
        if (value) set(bitIndex);
        else clear(bitIndex);
    }
    public void clear(int bitIndex) {
        checkIndex(bitIndex);
        int w = wordIndex(bitIndex);
        if (w >= wordsInUse) return;
        words[w] &= ~(1L << bitIndex);
        recalculateWordsInUse();
    }
    public void flip(int bitIndex) {
        checkIndex(bitIndex);
        int w = wordIndex(bitIndex);
        expandTo(w);
        words[w] ^= 1L << bitIndex;
        recalculateWordsInUse();
    }
    /* ranges go bit by bit: simple, and the result is the JDK's */
    public void set(int fromIndex, int toIndex) {
        checkRange(fromIndex, toIndex);
        if (fromIndex == toIndex) return;
        expandTo(wordIndex(toIndex - 1));
        for (int i = fromIndex; i < toIndex; i++) words[wordIndex(i)] |= 1L << i;
    }
    public void set(int fromIndex, int toIndex, boolean value) {
        if (value) set(fromIndex, toIndex);
        else clear(fromIndex, toIndex);
    }
    public void clear(int fromIndex, int toIndex) {
        checkRange(fromIndex, toIndex);
        int end = Math.min(toIndex, wordsInUse * 64);
        for (int i = fromIndex; i < end; i++) words[wordIndex(i)] &= ~(1L << i);
        recalculateWordsInUse();
    }
    public void flip(int fromIndex, int toIndex) {
        checkRange(fromIndex, toIndex);
        if (fromIndex == toIndex) return;
        expandTo(wordIndex(toIndex - 1));
        for (int i = fromIndex; i < toIndex; i++) words[wordIndex(i)] ^= 1L << i;
        recalculateWordsInUse();
    }
    public BitSet get(int fromIndex, int toIndex) {
        checkRange(fromIndex, toIndex);
        int len = length();
        if (len <= fromIndex || fromIndex == toIndex) return new BitSet(0);
        int end = Math.min(toIndex, len);
        BitSet r = new BitSet(end - fromIndex);
        for (int i = nextSetBit(fromIndex); i >= 0 && i < end; i = nextSetBit(i + 1)) r.set(i - fromIndex);
        return r;
    }
    public void clear() {
        while (wordsInUse > 0) words[--wordsInUse] = 0;
    }

    public int nextSetBit(int fromIndex) {
        if (fromIndex < 0) throw new IndexOutOfBoundsException("fromIndex < 0: " + fromIndex);
        int u = wordIndex(fromIndex);
        if (u >= wordsInUse) return -1;
        long word = words[u] & (-1L << fromIndex);
        while (true) {
            if (word != 0) return u * 64 + Long.numberOfTrailingZeros(word);
            if (++u == wordsInUse) return -1;
            word = words[u];
        }
    }
    public int nextClearBit(int fromIndex) {
        if (fromIndex < 0) throw new IndexOutOfBoundsException("fromIndex < 0: " + fromIndex);
        int u = wordIndex(fromIndex);
        if (u >= wordsInUse) return fromIndex;
        long word = ~words[u] & (-1L << fromIndex);
        while (true) {
            if (word != 0) return u * 64 + Long.numberOfTrailingZeros(word);
            if (++u == wordsInUse) return wordsInUse * 64;
            word = ~words[u];
        }
    }
    public int previousSetBit(int fromIndex) {
        if (fromIndex < 0) {
            if (fromIndex == -1) return -1;
            throw new IndexOutOfBoundsException("fromIndex < -1: " + fromIndex);
        }
        for (int i = Math.min(fromIndex, length() - 1); i >= 0; i--) if (get(i)) return i;
        return -1;
    }
    public int previousClearBit(int fromIndex) {
        if (fromIndex < 0) {
            if (fromIndex == -1) return -1;
            throw new IndexOutOfBoundsException("fromIndex < -1: " + fromIndex);
        }
        for (int i = fromIndex; i >= 0; i--) if (!get(i)) return i;
        return -1;
    }

    public int length() {
        if (wordsInUse == 0) return 0;
        return 64 * (wordsInUse - 1) + (64 - Long.numberOfLeadingZeros(words[wordsInUse - 1]));
    }
    public int size() { return words.length * 64; }
    public boolean isEmpty() { return wordsInUse == 0; }
    public int cardinality() {
        int sum = 0;
        for (int i = 0; i < wordsInUse; i++) sum += Long.bitCount(words[i]);
        return sum;
    }
    public boolean intersects(BitSet set) {
        for (int i = Math.min(wordsInUse, set.wordsInUse) - 1; i >= 0; i--)
            if ((words[i] & set.words[i]) != 0) return true;
        return false;
    }

    public void and(BitSet set) {
        if (this == set) return;
        while (wordsInUse > set.wordsInUse) words[--wordsInUse] = 0;
        for (int i = 0; i < wordsInUse; i++) words[i] &= set.words[i];
        recalculateWordsInUse();
    }
    public void or(BitSet set) {
        if (this == set) return;
        combine(set, 0);
    }
    public void xor(BitSet set) { combine(set, 1); }
    public void andNot(BitSet set) {
        for (int i = Math.min(wordsInUse, set.wordsInUse) - 1; i >= 0; i--) words[i] &= ~set.words[i];
        recalculateWordsInUse();
    }
    /* or (op 0) or xor (op 1): this grows to set's words in use first */
    private void combine(BitSet set, int op) {
        if (wordsInUse < set.wordsInUse) {
            ensureCapacity(set.wordsInUse);
            wordsInUse = set.wordsInUse;
        }
        for (int i = 0; i < set.wordsInUse; i++) words[i] = op == 0 ? words[i] | set.words[i] : words[i] ^ set.words[i];
        recalculateWordsInUse();
    }

    public int hashCode() {
        long h = 1234;
        for (int i = wordsInUse; --i >= 0; ) h ^= words[i] * (i + 1);
        return (int) ((h >> 32) ^ h);
    }
    public boolean equals(Object obj) {
        if (!(obj instanceof BitSet)) return false;
        if (this == obj) return true;
        BitSet set = (BitSet) obj;
        if (wordsInUse != set.wordsInUse) return false;
        for (int i = 0; i < wordsInUse; i++) if (words[i] != set.words[i]) return false;
        return true;
    }
    /* a copy; as the JDK's, a set whose size was not asked for is first
     * trimmed to its words in use (so its own size() shrinks too) */
    public Object clone() {
        if (!sizeIsSticky && wordsInUse != words.length) {
            long[] trimmed = new long[wordsInUse];
            System.arraycopy(words, 0, trimmed, 0, wordsInUse);
            words = trimmed;
        }
        long[] w = new long[words.length];
        System.arraycopy(words, 0, w, 0, words.length);
        BitSet r = new BitSet(w);
        r.sizeIsSticky = sizeIsSticky;
        return r;
    }
    public String toString() {
        StringBuilder b = new StringBuilder("{");
        for (int i = nextSetBit(0); i >= 0; i = nextSetBit(i + 1)) {
            if (b.length() > 1) b.append(", ");
            b.append(i);
        }
        return b.append('}').toString();
    }
}
