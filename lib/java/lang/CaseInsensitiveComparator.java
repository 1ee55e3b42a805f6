/* String.CASE_INSENSITIVE_ORDER (String is the runtime's, not a class of
 * lib/: the checker makes the field a call of lime$instance()): the
 * order of String.compareToIgnoreCase, one object. */
final class CaseInsensitiveComparator implements Comparator<String> {
    private static final CaseInsensitiveComparator INSTANCE = new CaseInsensitiveComparator();
    private CaseInsensitiveComparator() {}
    public static CaseInsensitiveComparator lime$instance() { return INSTANCE; }
    public int compare(String a, String b) { return a.compareToIgnoreCase(b); }
}
