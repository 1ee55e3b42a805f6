// == on String constants compares references: equal constants are one
// interned String (JLS 3.10.5), concatenations of constants too.
public class StringConstantEquality {
    static final String A = "lime";
    public static void main(String[] args) {
        final String k = "const";
        System.out.println(k == "const");
        System.out.println(k != "const");
        System.out.println(A == "li" + "me");
        System.out.println("a" + 1 == "a1");
        String built = String.valueOf(new char[] {'c', 'o', 'n', 's', 't'});
        System.out.println(built == k);
        System.out.println(built.equals(k));
    }
}
