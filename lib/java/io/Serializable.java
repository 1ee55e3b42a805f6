/* java.io.Serializable: a marker interface.  Lime has no object
 * serialisation (ObjectOutputStream is not in its library); classes
 * implement it, as the JDK's do, so that programs that declare it (and
 * serialVersionUID) compile and instanceof answers as the JVM's.  A
 * String is one (src/types.c is_string_interface, runtime/objects.c);
 * arrays do not convert to it (a compile error, never a wrong answer). */
public interface Serializable {
}
