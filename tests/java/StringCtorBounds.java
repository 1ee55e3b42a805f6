public class StringCtorBounds {
    public static void main(String[] args) {
        char[] cs = {'a', 'b', 'c'};
        System.out.println(new String(cs, 1, 2));
        System.out.println(new String(cs, 1, 5));
    }
}
