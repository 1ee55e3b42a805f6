package second;

import first.First;

public class Second {
    public static void main(String[] args) {
        System.out.println("second, then");
        First.main(args);
    }
    static class Nested {
        public static void main(String[] args) { System.out.println("nested"); }
    }
}
