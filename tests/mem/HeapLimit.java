// The heap's limit (LIME_HEAP_MAX=64m, from HeapLimit.env): a program that
// keeps every array it makes alive gets OutOfMemoryError "Java heap space"
// once 64 MiB are live, instead of growing without end; resident memory
// stays near the limit.
public class HeapLimit {
    public static void main(String[] args) {
        System.out.println("start");
        int[][] kept = new int[100000][];
        for (int i = 0; i < kept.length; i++) kept[i] = new int[262144];   // 1 MiB each
        System.out.println("not reached " + kept.length);
    }
}
