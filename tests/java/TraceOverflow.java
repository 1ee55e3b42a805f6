public class TraceOverflow {
    static int depth;

    static int down(int n) { depth++; return down(n + 1) + 1; }

    static int measure() {
        try {
            return down(0);
        } catch (StackOverflowError e) {
            StackTraceElement[] frames = e.getStackTrace();
            System.out.println("caught, deep: " + (depth > 1000));
            System.out.println("frames: " + frames.length);
            System.out.println("top: " + frames[0].getMethodName() + " " + frames[frames.length - 1].getMethodName());
            return -1;
        }
    }

    public static void main(String[] args) {
        System.out.println(measure());
        depth = 0;
        System.out.println(down(0));
    }
}
