// Allocates 10 GiB in total (10240 arrays of 1 MiB) while keeping at most
// 64 of them (64 MiB) alive: the collector must keep the resident size small.
public class GcTenGiB {
    public static void main(String[] args) {
        int[][] ring = new int[64][];
        long checksum = 0;
        for (int i = 0; i < 10240; i++) {
            int[] block = new int[262144];
            block[i % block.length] = i;
            block[block.length - 1] = 7;
            ring[i % ring.length] = block;
            checksum += block[block.length - 1] + block[i % block.length];
        }
        long live = 0;
        for (int[] b : ring) live += b.length;
        System.out.println("checksum " + checksum);
        System.out.println("live ints " + live);
    }
}
