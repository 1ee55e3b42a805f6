// An uncaught NullPointerException: the JVM's first line carries the
// helpful message (a static field read through a call's result here).
public class NpeUncaught {
    static int[] table;
    static class Holder { int[] cells; }
    static Holder find(int key) { return key > 0 ? new Holder() : null; }

    public static void main(String[] args) {
        Holder h = find(1);
        System.out.println("cells: " + (h.cells == null ? "none" : "some"));
        System.out.println("table: " + (table == null ? "none" : "some"));
        System.out.println(find(args.length).cells.length);
    }
}
