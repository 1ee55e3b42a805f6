/* java.util.JumboEnumSet: the class of an EnumSet of an enum with more
 * than 64 constants, as the JDK's (EnumSet holds the code). */
final class JumboEnumSet<E extends Enum<E>> extends EnumSet<E> {
    JumboEnumSet(Class<E> elementType, E[] universe) { super(elementType, universe); }
}
