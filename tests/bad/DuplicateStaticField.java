// error: variable 'count' is already defined in class 'DuplicateStaticField'
public class DuplicateStaticField {
    static int count = 0;
    static long count = 1; // <-- error

    public static void main(String[] args) {
        System.out.println(count);
    }
}
