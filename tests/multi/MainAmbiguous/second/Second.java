package second;

public class Second {
    public static void main(String[] args) { System.out.println("second"); }

    static class Nested {
        public static void main(String[] args) { System.out.println("nested"); }
    }
}
