import java.util.Comparator;
import java.util.PriorityQueue;

/* PriorityQueue's sift-up and sift-down with and without a comparator,
 * removal from the middle (both sifts), and the ClassCastExceptions of
 * elements that cannot be compared, at the first and a later offer. */
public class PriorityQueueSift {
    static final class Job {
        final int prio;
        final String name;
        Job(int prio, String name) { this.prio = prio; this.name = name; }
        public String toString() { return name + ":" + prio; }
    }

    static <T> String drain(PriorityQueue<T> q) {
        StringBuilder sb = new StringBuilder();
        while (!q.isEmpty()) sb.append(q.poll()).append(' ');
        return sb.toString();
    }

    public static void main(String[] args) {
        PriorityQueue<Integer> ints = new PriorityQueue<>();
        for (int i = 0; i < 30; i++) ints.add((i * 37) % 31 - 15);
        System.out.println(ints);
        ints.remove(Integer.valueOf(7));
        ints.remove(Integer.valueOf(-15));
        ints.remove(Integer.valueOf(100));
        System.out.println(ints);
        System.out.println(drain(ints));

        PriorityQueue<Job> jobs = new PriorityQueue<>(Comparator.comparingInt((Job j) -> j.prio).thenComparing(j -> j.name));
        String[] names = {"build", "test", "lint", "deploy", "fmt", "doc", "bench", "pack"};
        for (int i = 0; i < names.length; i++) jobs.add(new Job((i * 5) % 3, names[i]));
        System.out.println(jobs);
        System.out.println(jobs.peek() + " " + jobs.size());
        System.out.println(drain(jobs));

        PriorityQueue<String> rev = new PriorityQueue<>(Comparator.reverseOrder());
        for (String s : "the quick brown fox jumps over the lazy dog".split(" ")) rev.add(s);
        System.out.println(drain(rev));

        PriorityQueue<Object> mixed = new PriorityQueue<>();
        try {
            mixed.add(new Job(1, "x"));
        } catch (ClassCastException e) {
            System.out.println("first: " + e.getMessage());
        }
        System.out.println(mixed.size());
        mixed.add(3);
        mixed.add(1);
        try {
            mixed.add("two");
        } catch (ClassCastException e) {
            System.out.println("later: " + e.getMessage());
        }
        System.out.println(mixed.size() + " " + mixed);
        try {
            mixed.add(new Job(2, "y"));
        } catch (ClassCastException e) {
            System.out.println("object: " + e.getMessage());
        }
        System.out.println(mixed.size() + " " + mixed);
    }
}
