/* java.util.RegularEnumSet: the class of an EnumSet of an enum with at
 * most 64 constants, as the JDK's (EnumSet holds the code). */
final class RegularEnumSet<E extends Enum<E>> extends EnumSet<E> {
    RegularEnumSet(Class<E> elementType, E[] universe) { super(elementType, universe); }
}
