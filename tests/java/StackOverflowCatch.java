public class StackOverflowCatch {
    static int depth;
    static int down(int n) { depth++; return down(n + 1) + 1; }
    public static void main(String[] args) {
        System.out.println("start");
        for (int round = 0; round < 3; round++) {
            depth = 0;
            try {
                down(0);
            } catch (StackOverflowError e) {
                System.out.println("caught " + e.getClass().getName() + " " + (depth > 1000) + " " + e.getMessage());
            }
        }
        try {
            down(0);
        } catch (Error e) {
            System.out.println("as Error: " + (e instanceof VirtualMachineError));
        } finally {
            System.out.println("finally ran");
        }
        System.out.println("end");
    }
}
