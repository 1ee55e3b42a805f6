public class FormatStringArray {
    public static void main(String[] args) {
        String[] pq = {"p", "q"};
        System.out.println(String.format("%s %s", pq));
        String[] none = null;
        System.out.println(String.format("%s %s", none));
        System.out.println(String.format("%s", (Object) null));
        System.out.printf("%s-%s%n", pq);
        String[] empty = {};
        System.out.printf("%d%n", empty);
    }
}
