// error: class, interface, enum, or record expected
import java.util.*;
package p; // <-- error

public class PackageAfterImport {}
