// error: <identifier> expected
// (`.class` follows a type name, not an expression)
public class ClassLiteralOfExpression {
    public static void main(String[] args) {
        Object b = (args).class; // <-- error
    }
}
