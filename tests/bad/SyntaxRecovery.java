public class SyntaxRecovery {
    static int a = 1 // <-- error
    static int[] table = {1, 2, 3};

    static int twice(int x) {
        return x * 2
    }

    static int fine(int y) {
        return y + 1;
    }

    static void loop() {
        for (int i = 0; i < 3; i++ {
            System.out.println(i);
        }
    }

    public static void main(String[] args) {
        System.out.println(twice(fine(a)) + );
    }
}
