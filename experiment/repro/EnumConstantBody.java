public class EnumConstantBody {
    enum Op {
        ADD { int apply(int a, int b) { return a + b; } },   // limec: enum constants with a body are not supported
        MUL { int apply(int a, int b) { return a * b; } };
        abstract int apply(int a, int b);
    }
    public static void main(String[] args) {
        for (Op o : Op.values()) System.out.println(o + " " + o.apply(3, 4));
    }
}
