public class Exit3 {
    static void finish(int code) {
        System.out.println("exiting with " + code);
        System.exit(code);
    }
    public static void main(String[] args) {
        for (int i = 0; i < 5; i++) {
            System.out.println("line " + i);
            if (i == 3) finish(3);
        }
        System.out.println("not reached");
    }
}
