public class TraceRuntimeUncaught {
    private final int[] cells;

    TraceRuntimeUncaught(int n) {
        cells = new int[n];
    }

    int sumTo(int last) {
        int s = 0;
        for (int i = 0; i <= last; i++)
            s += cells[i] + i;
        return s;
    }

    static int run(int n) {
        TraceRuntimeUncaught t = new TraceRuntimeUncaught(n);
        return t.sumTo(n);
    }

    public static void main(String[] args) {
        System.out.println("start");
        System.out.println(run(3));
    }
}
