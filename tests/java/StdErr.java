public class StdErr {
    public static void main(String[] args) {
        System.out.println("to stdout 1");
        System.err.println("to stderr 1");
        System.out.println("to stdout 2");
        System.err.print("err no newline ");
        System.err.println(42);
        System.err.println(1.5);
        System.err.println('c');
        System.err.println(true);
        System.err.println(123456789012L);
        System.err.println(2.5f);
        char[] cs = { 'x', 'y' };
        System.err.println(cs);
        System.err.println();
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += i;
            System.out.println("step " + i + " sum " + sum);
            if (i % 3 == 0) System.err.println("checkpoint " + i);
        }
        System.out.println("done");
    }
}
