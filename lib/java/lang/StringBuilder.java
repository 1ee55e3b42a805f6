/* java.lang.StringBuilder: a mutable sequence of UTF-16 code units.
 * The text and every member that does not return the builder are
 * AbstractStringBuilder's; the members here return this StringBuilder. */
public final class StringBuilder extends AbstractStringBuilder implements java.io.Serializable, Comparable<StringBuilder> {
    public StringBuilder() { super(16); }
    public StringBuilder(int capacity) { super(capacity); }
    public StringBuilder(String str) { super(str); }

    public StringBuilder append(String s) { put(s); return this; }
    public StringBuilder append(char c) { put(c); return this; }
    public StringBuilder append(char[] s) { put(s, 0, s.length); return this; }
    public StringBuilder append(char[] s, int offset, int len) { put(s, offset, len); return this; }
    public StringBuilder append(Object o) { put(String.valueOf(o)); return this; }
    public StringBuilder append(StringBuilder sb) { put(sb == null ? "null" : sb.toString()); return this; }
    public StringBuilder append(StringBuffer sb) { put(sb == null ? "null" : sb.toString()); return this; }
    public StringBuilder append(CharSequence s) { put(s == null ? "null" : s.toString()); return this; }
    public StringBuilder append(CharSequence s, int start, int end) { put(s, start, end); return this; }
    public StringBuilder append(int i) { put(String.valueOf(i)); return this; }
    public StringBuilder append(long l) { put(String.valueOf(l)); return this; }
    public StringBuilder append(float f) { put(String.valueOf(f)); return this; }
    public StringBuilder append(double d) { put(String.valueOf(d)); return this; }
    public StringBuilder append(boolean b) { put(String.valueOf(b)); return this; }
    public StringBuilder appendCodePoint(int cp) { putCodePoint(cp); return this; }

    public StringBuilder insert(int offset, String s) { putAt(offset, s); return this; }
    public StringBuilder insert(int offset, char c) { putAt(offset, String.valueOf(c)); return this; }
    public StringBuilder insert(int offset, char[] s) { putAt(offset, s, 0, s.length); return this; }
    public StringBuilder insert(int index, char[] s, int offset, int len) { putAt(index, s, offset, len); return this; }
    public StringBuilder insert(int offset, int i) { putAt(offset, String.valueOf(i)); return this; }
    public StringBuilder insert(int offset, long l) { putAt(offset, String.valueOf(l)); return this; }
    public StringBuilder insert(int offset, float f) { putAt(offset, String.valueOf(f)); return this; }
    public StringBuilder insert(int offset, double d) { putAt(offset, String.valueOf(d)); return this; }
    public StringBuilder insert(int offset, boolean b) { putAt(offset, String.valueOf(b)); return this; }
    public StringBuilder insert(int offset, Object o) { putAt(offset, String.valueOf(o)); return this; }
    public StringBuilder insert(int offset, CharSequence s) { putAt(offset, s == null ? "null" : s.toString()); return this; }
    public StringBuilder insert(int index, CharSequence s, int start, int end) { putAt(index, s, start, end); return this; }

    public StringBuilder delete(int start, int end) { remove(start, end); return this; }
    public StringBuilder deleteCharAt(int index) { removeAt(index); return this; }
    public StringBuilder replace(int start, int end, String str) { replaceRange(start, end, str); return this; }
    public StringBuilder reverse() { reverseInPlace(); return this; }
    public int compareTo(StringBuilder other) { return compareText(other); }
}
