import java.util.*;
public class ArrayStore {
    public static void main(String[] args) {
        Object[] strs = new String[1];
        try { strs[0] = 1; System.out.println("stored " + strs[0]); } catch (ArrayStoreException e) { System.out.println(e); }
        // JVM: java.lang.ArrayStoreException: java.lang.Integer ; limec: stored 1
        try { List.of(1, 2).iterator().remove(); } catch (RuntimeException e) { System.out.println(e); }
        // JVM: java.lang.UnsupportedOperationException ; limec: java.lang.IllegalStateException
    }
}
