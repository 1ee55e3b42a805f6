// Library classes by their fully qualified names.
public class QualifiedNames {
    static java.lang.String greet(java.lang.String who) { return "hello " + who; }

    public static void main(java.lang.String[] args) {
        java.lang.String s = greet("world");
        java.lang.System.out.println(s);
        java.lang.String[] parts = {"a", "b"};
        java.lang.System.out.println(parts.length + parts[1]);
        System.out.println(java.lang.Math.sqrt(2.0));
        System.out.println(java.lang.Integer.MAX_VALUE + java.lang.Math.abs(-1));
        System.out.println(java.lang.Character.isDigit('4'));
        java.lang.Object o = s;
        System.out.println(o == s);
        java.lang.System.err.println("qualified err");
    }
}
