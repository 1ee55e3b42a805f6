// error: Op is abstract; cannot be instantiated
enum Op {
    PLUS { int apply(int a, int b) { return a + b; } },
    MINUS, // <-- error
    TIMES { int apply(int a, int b) { return a * b; } };
    abstract int apply(int a, int b);
}
public class EnumConstantWithoutBody {
    public static void main(String[] args) { System.out.println(Op.MINUS); }
}
