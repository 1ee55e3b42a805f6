/* java.lang.Cloneable: a class that implements it lets Object.clone()
 * copy its instances; for any other class clone() throws
 * CloneNotSupportedException. */
public interface Cloneable {
}
