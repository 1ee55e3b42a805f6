// error: enum types may not be instantiated
enum Op {
    PLUS { int apply(int a, int b) { return a + b; } };
    abstract int apply(int a, int b);
    static Op other() {
        return new Op() { int apply(int a, int b) { return 0; } }; // <-- error
    }
}
public class EnumAnonymousNew {
    public static void main(String[] args) { System.out.println(Op.other()); }
}
