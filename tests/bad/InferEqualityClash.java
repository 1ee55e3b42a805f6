// error: method put in class InferEqualityClash cannot be applied to given types;
public class InferEqualityClash {
    static <T> void put(Class<T> c, T v) { }

    public static void main(String[] args) {
        put(Class.class, String.class);  // fine: T = Class (raw)
        put(String.class, 5); // <-- error
    }
}
