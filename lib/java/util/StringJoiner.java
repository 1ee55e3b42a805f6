/* java.util.StringJoiner: elements joined by a delimiter between a prefix
 * and a suffix; setEmptyValue gives the text of a joiner with no elements.
 * Its parameters are Strings (Lime has no CharSequence yet). */
public final class StringJoiner {
    private final String prefix, delimiter, suffix;
    private StringBuilder joined;   /* the elements with delimiters; null before the first */
    private String emptyValue;      /* null: prefix + suffix */

    public StringJoiner(String delimiter) { this(delimiter, "", ""); }
    public StringJoiner(String delimiter, String prefix, String suffix) {
        Objects.requireNonNull(prefix, "The prefix must not be null");
        Objects.requireNonNull(delimiter, "The delimiter must not be null");
        Objects.requireNonNull(suffix, "The suffix must not be null");
        this.prefix = prefix;
        this.delimiter = delimiter;
        this.suffix = suffix;
    }

    public StringJoiner setEmptyValue(String emptyValue) {
        this.emptyValue = Objects.requireNonNull(emptyValue, "The empty value must not be null");
        return this;
    }
    public StringJoiner add(String newElement) {
        if (joined == null) joined = new StringBuilder();
        else joined.append(delimiter);
        joined.append(String.valueOf(newElement));
        return this;
    }
    /* other's elements (without its prefix and suffix) as one element */
    public StringJoiner merge(StringJoiner other) {
        Objects.requireNonNull(other);
        if (other.joined == null) return this;
        String s = other.joined.toString();
        if (joined == null) joined = new StringBuilder();
        else joined.append(delimiter);
        joined.append(s);
        return this;
    }
    public int length() {
        if (joined == null && emptyValue != null) return emptyValue.length();
        return prefix.length() + (joined == null ? 0 : joined.length()) + suffix.length();
    }
    public String toString() {
        if (joined == null && emptyValue != null) return emptyValue;
        return prefix + (joined == null ? "" : joined.toString()) + suffix;
    }
}
