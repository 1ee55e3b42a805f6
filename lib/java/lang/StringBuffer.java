/* java.lang.StringBuffer: StringBuilder's API, as the JDK's, which synchronizes every
 * member; Lime needs no lock: its members are not local, so no map or task
 * runs them on a worker thread.
 * The text and every member that does not return the builder are
 * AbstractStringBuilder's; the members here return this StringBuffer. */
public final class StringBuffer extends AbstractStringBuilder implements java.io.Serializable, Comparable<StringBuffer> {
    public StringBuffer() { super(16); }
    public StringBuffer(int capacity) { super(capacity); }
    public StringBuffer(String str) { super(str); }

    public StringBuffer append(String s) { put(s); return this; }
    public StringBuffer append(char c) { put(c); return this; }
    public StringBuffer append(char[] s) { put(s, 0, s.length); return this; }
    public StringBuffer append(char[] s, int offset, int len) { put(s, offset, len); return this; }
    public StringBuffer append(Object o) { put(String.valueOf(o)); return this; }
    public StringBuffer append(StringBuilder sb) { put(sb == null ? "null" : sb.toString()); return this; }
    public StringBuffer append(StringBuffer sb) { put(sb == null ? "null" : sb.toString()); return this; }
    public StringBuffer append(CharSequence s) { put(s == null ? "null" : s.toString()); return this; }
    public StringBuffer append(CharSequence s, int start, int end) { put(s, start, end); return this; }
    public StringBuffer append(int i) { put(String.valueOf(i)); return this; }
    public StringBuffer append(long l) { put(String.valueOf(l)); return this; }
    public StringBuffer append(float f) { put(String.valueOf(f)); return this; }
    public StringBuffer append(double d) { put(String.valueOf(d)); return this; }
    public StringBuffer append(boolean b) { put(String.valueOf(b)); return this; }
    public StringBuffer appendCodePoint(int cp) { putCodePoint(cp); return this; }

    public StringBuffer insert(int offset, String s) { putAt(offset, s); return this; }
    public StringBuffer insert(int offset, char c) { putAt(offset, String.valueOf(c)); return this; }
    public StringBuffer insert(int offset, char[] s) { putAt(offset, s, 0, s.length); return this; }
    public StringBuffer insert(int index, char[] s, int offset, int len) { putAt(index, s, offset, len); return this; }
    public StringBuffer insert(int offset, int i) { putAt(offset, String.valueOf(i)); return this; }
    public StringBuffer insert(int offset, long l) { putAt(offset, String.valueOf(l)); return this; }
    public StringBuffer insert(int offset, float f) { putAt(offset, String.valueOf(f)); return this; }
    public StringBuffer insert(int offset, double d) { putAt(offset, String.valueOf(d)); return this; }
    public StringBuffer insert(int offset, boolean b) { putAt(offset, String.valueOf(b)); return this; }
    public StringBuffer insert(int offset, Object o) { putAt(offset, String.valueOf(o)); return this; }
    public StringBuffer insert(int offset, CharSequence s) { putAt(offset, s == null ? "null" : s.toString()); return this; }
    public StringBuffer insert(int index, CharSequence s, int start, int end) { putAt(index, s, start, end); return this; }

    public StringBuffer delete(int start, int end) { remove(start, end); return this; }
    public StringBuffer deleteCharAt(int index) { removeAt(index); return this; }
    public StringBuffer replace(int start, int end, String str) { replaceRange(start, end, str); return this; }
    public StringBuffer reverse() { reverseInPlace(); return this; }
    public int compareTo(StringBuffer other) { return compareText(other); }
}
