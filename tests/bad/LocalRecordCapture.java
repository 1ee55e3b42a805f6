// error: non-static variable 'limit' cannot be referenced from a static context
public class LocalRecordCapture {
    public static void main(String[] args) {
        int limit = 10;
        record Range(int lo, int hi) {
            boolean ok() { return hi - lo < limit; } // <-- error
        }
        System.out.println(new Range(1, 5).ok());
    }
}
