// The largest length an array can have is the VM's limit: a length of
// Integer.MAX_VALUE is "Requested array size exceeds VM limit" whatever the
// heap, on the JVM and under limec.
public class OutOfMemoryLimit {
    public static void main(String[] args) {
        System.out.println("start");
        int[] a = new int[Integer.MAX_VALUE];
        System.out.println("not reached " + a.length);
    }
}
