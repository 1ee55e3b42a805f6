/* java.lang.AbstractStringBuilder: what StringBuilder and StringBuffer share,
 * as in the JDK.  The text is the UTF-16 code units value[0 .. count); value
 * grows on demand (to twice its length plus two, or what is needed).
 * Members that return the builder itself are final package-private helpers
 * here (put, putAt, remove, ...): each subclass's public method calls one
 * and returns itself with its own type, so no call needs the vtable.
 * The exceptions and their messages are JDK 17's. */
abstract class AbstractStringBuilder implements CharSequence {
    char[] value;
    int count;

    AbstractStringBuilder(int capacity) {
        if (capacity < 0) throw new NegativeArraySizeException(String.valueOf(capacity));
        value = new char[capacity];
    }
    AbstractStringBuilder(String str) {
        value = new char[str.length() + 16];
        put(str);
    }

    private void ensure(int min) {
        if (min <= value.length) return;
        int n = value.length * 2 + 2;
        if (n < min) n = min;
        char[] bigger = new char[n];
        System.arraycopy(value, 0, bigger, 0, count);
        value = bigger;
    }
    private static boolean isHigh(char c) { return c >= '\uD800' && c <= '\uDBFF'; }
    private static boolean isLow(char c) { return c >= '\uDC00' && c <= '\uDFFF'; }
    private void checkIndex(int index) {
        if (index < 0 || index >= count) throw new StringIndexOutOfBoundsException("index " + index + ", length " + count);
    }
    private void checkOffset(int offset) {
        if (offset < 0 || offset > count) throw new StringIndexOutOfBoundsException("offset " + offset + ", length " + count);
    }
    private static void checkRange(int start, int end, int length) {
        if (start < 0 || start > end || end > length)
            throw new StringIndexOutOfBoundsException("start " + start + ", end " + end + ", length " + length);
    }

    public int length() { return count; }
    public int capacity() { return value.length; }
    public void ensureCapacity(int min) { if (min > 0) ensure(min); }
    public void trimToSize() {
        if (count < value.length) {
            char[] exact = new char[count];
            System.arraycopy(value, 0, exact, 0, count);
            value = exact;
        }
    }
    public char charAt(int index) {
        checkIndex(index);
        return value[index];
    }
    /* the chars, or code points, as they are when the stream's terminal
     * operation starts (the JDK's late binding) */
    public java.util.stream.IntStream chars() { return java.util.stream.LimeStreams.chars(this); }
    public java.util.stream.IntStream codePoints() { return java.util.stream.LimeStreams.codePoints(this); }
    public int codePointAt(int index) {
        checkIndex(index);
        char c = value[index];
        if (isHigh(c) && index + 1 < count && isLow(value[index + 1]))
            return ((c - 0xD800) << 10) + (value[index + 1] - 0xDC00) + 0x10000;
        return c;
    }
    public void setCharAt(int index, char c) {
        checkIndex(index);
        value[index] = c;
    }
    public void setLength(int n) {
        if (n < 0) throw new StringIndexOutOfBoundsException(n);
        ensure(n);
        for (int i = count; i < n; i++) value[i] = '\0';
        count = n;
    }

    final void put(String s) {
        if (s == null) s = "null";
        int n = s.length();
        ensure(count + n);
        for (int i = 0; i < n; i++) value[count + i] = s.charAt(i);
        count += n;
    }
    final void put(char c) {
        ensure(count + 1);
        value[count++] = c;
    }
    final void put(char[] s, int offset, int len) {
        int end = offset + len;
        if (offset < 0 || offset > end || end > s.length)
            throw new IndexOutOfBoundsException("start " + offset + ", end " + end + ", length " + s.length);
        ensure(count + len);
        System.arraycopy(s, offset, value, count, len);
        count += len;
    }
    /* s[start .. end) (null: "null"), checked as the JDK checks it */
    final void put(CharSequence s, int start, int end) {
        if (s == null) s = "null";
        int n = s.length();
        if (start < 0 || start > end || end > n)
            throw new IndexOutOfBoundsException("start " + start + ", end " + end + ", length " + n);
        ensure(count + end - start);
        for (int i = start; i < end; i++) value[count++] = s.charAt(i);
    }
    final void putAt(int index, CharSequence s, int start, int end) {
        checkOffset(index);
        if (s == null) s = "null";
        int n = s.length();
        if (start < 0 || start > end || end > n)
            throw new IndexOutOfBoundsException("start " + start + ", end " + end + ", length " + n);
        char[] cs = new char[end - start];
        for (int i = start; i < end; i++) cs[i - start] = s.charAt(i);
        putAt(index, new String(cs));
    }
    final void putCodePoint(int cp) {
        if (cp >>> 16 == 0) {
            put((char) cp);
        } else if (cp >= 0 && cp <= 0x10FFFF) {
            put((char) (((cp - 0x10000) >>> 10) + 0xD800));
            put((char) (((cp - 0x10000) & 0x3FF) + 0xDC00));
        } else {
            throw new IllegalArgumentException("Not a valid Unicode code point: 0x" + Integer.toHexString(cp).toUpperCase());
        }
    }

    final void putAt(int offset, String s) {
        checkOffset(offset);
        if (s == null) s = "null";
        int n = s.length();
        ensure(count + n);
        System.arraycopy(value, offset, value, offset + n, count - offset);
        for (int i = 0; i < n; i++) value[offset + i] = s.charAt(i);
        count += n;
    }
    final void putAt(int index, char[] s, int offset, int len) {
        checkOffset(index);
        checkRange(offset, offset + len, s.length);
        putAt(index, new String(s, offset, len));
    }

    final void remove(int start, int end) {
        if (end > count) end = count;
        checkRange(start, end, count);
        int n = end - start;
        System.arraycopy(value, end, value, start, count - end);
        count -= n;
    }
    final void removeAt(int index) {
        checkIndex(index);
        remove(index, index + 1);
    }
    /* the JDK's order: the range is checked before str is read */
    final void replaceRange(int start, int end, String str) {
        if (end > count) end = count;
        checkRange(start, end, count);
        str.length(); /* null: the JDK's NullPointerException, before anything changes */
        remove(start, end);
        putAt(start, str);
    }
    /* reverses code points: a surrogate pair stays in order (as the JDK's) */
    final void reverseInPlace() {
        for (int i = 0, j = count - 1; i < j; i++, j--) {
            char t = value[i];
            value[i] = value[j];
            value[j] = t;
        }
        for (int i = 0; i < count - 1; i++) {
            char c = value[i];
            if (isLow(c) && isHigh(value[i + 1])) {
                value[i] = value[i + 1];
                value[i + 1] = c;
                i++;
            }
        }
    }

    public int indexOf(String s) { return toString().indexOf(s); }
    public int indexOf(String s, int from) { return toString().indexOf(s, from); }
    public int lastIndexOf(String s) { return toString().lastIndexOf(s); }
    public int lastIndexOf(String s, int from) { return toString().lastIndexOf(s, from); }
    public String substring(int start) { return substring(start, count); }
    public String substring(int start, int end) {
        checkRange(start, end, count);
        return new String(value, start, end - start);
    }
    /* the order of String.compareTo, on the texts */
    final int compareText(AbstractStringBuilder other) { return toString().compareTo(other.toString()); }
    public CharSequence subSequence(int start, int end) { return substring(start, end); }
    public String toString() { return new String(value, 0, count); }
}
