import java.util.*;
public class RandomPriorityQueue {
    public static void main(String[] args) {
        Random r = new Random(42);
        System.out.println(r.nextInt() + " " + r.nextInt(100) + " " + r.nextInt(64) + " " + r.nextLong() + " " + r.nextBoolean() + " " + r.nextDouble() + " " + r.nextFloat() + " " + r.nextInt(5, 10));
        int[] counts = new int[6];
        for (int i = 0; i < 6000; i++) counts[r.nextInt(6)]++;
        System.out.println(Arrays.toString(counts));
        byte[] bs = new byte[7]; r.nextBytes(bs); System.out.println(Arrays.toString(bs));
        PriorityQueue<Integer> pq = new PriorityQueue<>();
        for (int x : new int[] { 5, 3, 8, 1, 9, 2, 7 }) pq.add(x);
        System.out.println(pq + " " + pq.peek() + " " + pq.size());
        StringBuilder out = new StringBuilder();
        while (!pq.isEmpty()) out.append(pq.poll()).append(' ');
        System.out.println(out);
        PriorityQueue<String> ps = new PriorityQueue<>((a, b) -> b.length() - a.length());
        for (String s : "a bbb cc dddd e".split(" ")) ps.offer(s);
        ps.remove("cc");
        System.out.println(ps + " " + ps.poll() + " " + ps);
        PriorityQueue<int[]> dj = new PriorityQueue<>((a, b) -> a[0] - b[0]);
        dj.add(new int[] { 4, 1 }); dj.add(new int[] { 2, 2 }); dj.add(new int[] { 9, 3 });
        System.out.println(dj.poll()[1] + " " + dj.poll()[1]);
    }
}
