// error: cannot select from a type variable
// (a class literal of a type variable)
public class ClassLiteralTypeVariable {
    static <T> Object kind() {
        return T.class; // <-- error
    }
    public static void main(String[] args) {
        System.out.println(kind());
    }
}
