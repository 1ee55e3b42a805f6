// error: <anonymous Op$2> is not abstract and does not override abstract method apply(int,int) in Op
enum Op {
    PLUS { int apply(int a, int b) { return a + b; } },
    MINUS { }, // <-- error
    TIMES { int apply(int a, int b) { return a * b; } };
    abstract int apply(int a, int b);
}
public class EnumBodyMissingMethod {
    public static void main(String[] args) { System.out.println(Op.MINUS); }
}
