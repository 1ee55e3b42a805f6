public class RuntimeQueries {
    public static void main(String[] args) {
        Runtime rt = Runtime.getRuntime();
        int cpus = rt.availableProcessors();
        long free = rt.freeMemory(), total = rt.totalMemory(), max = rt.maxMemory();
        System.out.println((cpus >= 1) + " " + (free >= 0 && free <= total) + " " + (total <= max) + " " + (max > 1 << 20) + " " + (rt == Runtime.getRuntime()));
        int[][] junk = new int[100][];
        for (int i = 0; i < 100; i++) junk[i] = new int[10000];
        junk = null;
        rt.gc();
        long used = rt.totalMemory() - rt.freeMemory();
        System.out.println(used >= 0);
    }
}
