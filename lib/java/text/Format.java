/* java.text.Format: the base of the formats.  Lime's has format(Object);
 * there is no FieldPosition or StringBuffer form. */
public abstract class Format {
    protected Format() {}
    public final String format(Object obj) { return formatObject(obj); }
    /* what format(Object) gives for this kind of format */
    abstract String formatObject(Object obj);
}
