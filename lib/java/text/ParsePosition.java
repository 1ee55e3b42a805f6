/* java.text.ParsePosition: where a parse starts and, after it, where it
 * stopped (index) or failed (errorIndex, -1 when it did not fail). */
public class ParsePosition {
    private int index, errorIndex = -1;

    public ParsePosition(int index) { this.index = index; }
    public int getIndex() { return index; }
    public void setIndex(int index) { this.index = index; }
    public int getErrorIndex() { return errorIndex; }
    public void setErrorIndex(int index) { errorIndex = index; }
    public boolean equals(Object obj) {
        return obj instanceof ParsePosition && ((ParsePosition) obj).index == index && ((ParsePosition) obj).errorIndex == errorIndex;
    }
    public int hashCode() { return (errorIndex << 16) | index; }
    public String toString() { return "java.text.ParsePosition[index=" + index + ",errorIndex=" + errorIndex + "]"; }
}
