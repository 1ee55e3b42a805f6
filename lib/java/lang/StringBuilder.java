/* java.lang.StringBuilder: UTF-16 code units in a growable char[]. */
public final class StringBuilder implements Comparable<StringBuilder> {
    private char[] value;
    private int count;

    public StringBuilder() { value = new char[16]; }
    public StringBuilder(int capacity) {
        if (capacity < 0) throw new NegativeArraySizeException(String.valueOf(capacity));
        value = new char[capacity];
    }
    public StringBuilder(String s) {
        value = new char[s.length() + 16];
        append(s);
    }

    private void ensure(int min) {
        if (min <= value.length) return;
        int n = value.length * 2 + 2;
        if (n < min) n = min;
        char[] bigger = new char[n];
        System.arraycopy(value, 0, bigger, 0, count);
        value = bigger;
    }
    public int length() { return count; }
    public int capacity() { return value.length; }
    public char charAt(int index) {
        if (index < 0 || index >= count) throw new StringIndexOutOfBoundsException("index " + index + ", length " + count);
        return value[index];
    }
    public void setCharAt(int index, char c) {
        if (index < 0 || index >= count) throw new StringIndexOutOfBoundsException("index " + index + ", length " + count);
        value[index] = c;
    }
    public void setLength(int n) {
        if (n < 0) throw new StringIndexOutOfBoundsException(n);
        ensure(n);
        for (int i = count; i < n; i++) value[i] = '\0';
        count = n;
    }

    public StringBuilder append(String s) {
        if (s == null) s = "null";
        int n = s.length();
        ensure(count + n);
        for (int i = 0; i < n; i++) value[count + i] = s.charAt(i);
        count += n;
        return this;
    }
    public StringBuilder append(char c) {
        ensure(count + 1);
        value[count++] = c;
        return this;
    }
    public StringBuilder append(char[] s) {
        ensure(count + s.length);
        for (int i = 0; i < s.length; i++) value[count++] = s[i];
        return this;
    }
    public StringBuilder append(Object o) { return append(String.valueOf(o)); }
    public StringBuilder append(StringBuilder sb) { return append(sb == null ? "null" : sb.toString()); }
    public StringBuilder append(int i) { return append(String.valueOf(i)); }
    public StringBuilder append(long l) { return append(String.valueOf(l)); }
    public StringBuilder append(float f) { return append(String.valueOf(f)); }
    public StringBuilder append(double d) { return append(String.valueOf(d)); }
    public StringBuilder append(boolean b) { return append(String.valueOf(b)); }

    public StringBuilder insert(int offset, String s) {
        if (offset < 0 || offset > count) throw new StringIndexOutOfBoundsException("offset " + offset + ", length " + count);
        if (s == null) s = "null";
        int n = s.length();
        ensure(count + n);
        for (int i = count - 1; i >= offset; i--) value[i + n] = value[i];
        for (int i = 0; i < n; i++) value[offset + i] = s.charAt(i);
        count += n;
        return this;
    }
    public StringBuilder insert(int offset, char c) { return insert(offset, String.valueOf(c)); }
    public StringBuilder insert(int offset, int i) { return insert(offset, String.valueOf(i)); }
    public StringBuilder insert(int offset, long l) { return insert(offset, String.valueOf(l)); }
    public StringBuilder insert(int offset, double d) { return insert(offset, String.valueOf(d)); }
    public StringBuilder insert(int offset, boolean b) { return insert(offset, String.valueOf(b)); }
    public StringBuilder insert(int offset, Object o) { return insert(offset, String.valueOf(o)); }

    public StringBuilder delete(int start, int end) {
        if (end > count) end = count;
        if (start < 0 || start > end)
            throw new StringIndexOutOfBoundsException("start " + start + ", end " + end + ", length " + count);
        int n = end - start;
        for (int i = start; i + n < count; i++) value[i] = value[i + n];
        count -= n;
        return this;
    }
    public StringBuilder deleteCharAt(int index) {
        if (index < 0 || index >= count) throw new StringIndexOutOfBoundsException("index " + index + ", length " + count);
        return delete(index, index + 1);
    }
    public StringBuilder replace(int start, int end, String s) {
        if (start < 0 || start > count || start > end)
            throw new StringIndexOutOfBoundsException("start " + start + ", end " + end + ", length " + count);
        delete(start, end);
        return insert(start, s);
    }
    /* reverses code points: a surrogate pair stays in order (as the JDK's) */
    public StringBuilder reverse() {
        for (int i = 0, j = count - 1; i < j; i++, j--) {
            char t = value[i];
            value[i] = value[j];
            value[j] = t;
        }
        for (int i = 0; i < count - 1; i++) {
            char c = value[i];
            if (c >= '\uDC00' && c <= '\uDFFF' && value[i + 1] >= '\uD800' && value[i + 1] <= '\uDBFF') {
                value[i] = value[i + 1];
                value[i + 1] = c;
                i++;
            }
        }
        return this;
    }
    public int indexOf(String s) { return toString().indexOf(s); }
    public int indexOf(String s, int from) { return toString().indexOf(s, from); }
    public int lastIndexOf(String s) { return toString().lastIndexOf(s); }
    public String substring(int start) { return substring(start, count); }
    public String substring(int start, int end) {
        if (start < 0 || end > count || start > end)
            throw new StringIndexOutOfBoundsException("start " + start + ", end " + end + ", length " + count);
        return new String(value, start, end - start);
    }
    public int compareTo(StringBuilder other) { return toString().compareTo(other.toString()); }
    public String toString() { return new String(value, 0, count); }
}
