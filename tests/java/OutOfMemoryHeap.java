// An array larger than the heap: OutOfMemoryError "Java heap space", after
// the output before it.  (The default heap is a quarter of the machine's
// memory on the JVM and under limec; 16 GB of longs exceeds it on machines
// with less than 64 GB.)  A large array that fits works.
public class OutOfMemoryHeap {
    public static void main(String[] args) {
        long[] fits = new long[1000000];
        fits[999999] = 7;
        System.out.println("fits: " + fits.length + " " + fits[999999]);
        long[] huge = new long[2000000000];
        System.out.println("not reached " + huge.length);
    }
}
