import java.util.ArrayDeque;
import java.util.Deque;

public class ExHanoi {
    private static int moves = 0;
    private static final Deque<Integer>[] pegs = createPegs();

    @SuppressWarnings("unchecked")
    private static Deque<Integer>[] createPegs() {
        Deque<Integer>[] p = new Deque[3];
        for (int i = 0; i < 3; i++) p[i] = new ArrayDeque<>();
        return p;
    }

    static void move(int n, int from, int to, int via, boolean verbose) {
        if (n == 0) return;
        move(n - 1, from, via, to, verbose);
        int disk = pegs[from].pop();
        if (!pegs[to].isEmpty() && pegs[to].peek() < disk) {
            throw new IllegalStateException("bigger disk on smaller one");
        }
        pegs[to].push(disk);
        moves++;
        if (verbose) System.out.println("Move disk " + disk + " from " + (char) ('A' + from) + " to " + (char) ('A' + to));
        move(n - 1, via, to, from, verbose);
    }

    public static void main(String[] args) {
        for (int n = 1; n <= 12; n++) {
            for (Deque<Integer> d : pegs) d.clear();
            for (int i = n; i >= 1; i--) pegs[0].push(i);
            moves = 0;
            move(n, 0, 2, 1, n == 3);
            System.out.printf("n=%2d moves=%5d expected=%5d pegC=%s%n", n, moves, (1 << n) - 1, n <= 4 ? pegs[2] : "...");
        }
    }
}
