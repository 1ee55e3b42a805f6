public class StringJoinNull {
    public static void main(String[] args) {
        String[] none = null;
        System.out.println(String.join(",", "a"));
        System.out.println(String.join(",", none));
    }
}
