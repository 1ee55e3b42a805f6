// error: non-static type variable T cannot be referenced from a static context
public class LocalRecordTypeVariable {
    static <T> Object wrap(T value) {
        record Holder(T value) { } // <-- error
        return new Holder(value);
    }
    public static void main(String[] args) { System.out.println(wrap("x")); }
}
