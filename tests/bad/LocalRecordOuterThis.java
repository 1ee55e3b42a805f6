// error: non-static variable 'this' cannot be referenced from a static context
public class LocalRecordOuterThis {
    int base = 4;
    void run() {
        record Box(int v) {
            int total() { return v + LocalRecordOuterThis.this.base; } // <-- error
        }
        System.out.println(new Box(1).total());
    }
    public static void main(String[] args) { new LocalRecordOuterThis().run(); }
}
