import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;

/* Dijkstra's shortest paths on a generated directed graph (a ring, so
 * every vertex is reachable, plus random edges from a seeded Random):
 * ArrayList adjacency lists of Edge objects and a PriorityQueue of
 * (distance, vertex) entries with lazy deletion; several sources. */
public class Dijkstra {
    static final class Edge {
        final int to, w;
        Edge(int to, int w) { this.to = to; this.w = w; }
    }

    static final class Entry implements Comparable<Entry> {
        final long dist;
        final int v;
        Entry(long dist, int v) { this.dist = dist; this.v = v; }
        public int compareTo(Entry o) {
            int c = Long.compare(dist, o.dist);
            return c != 0 ? c : Integer.compare(v, o.v);
        }
    }

    static long[] shortest(List<List<Edge>> g, int src) {
        long[] dist = new long[g.size()];
        java.util.Arrays.fill(dist, Long.MAX_VALUE);
        dist[src] = 0;
        PriorityQueue<Entry> pq = new PriorityQueue<>();
        pq.add(new Entry(0, src));
        while (!pq.isEmpty()) {
            Entry e = pq.poll();
            if (e.dist > dist[e.v]) continue;
            for (Edge ed : g.get(e.v)) {
                long nd = e.dist + ed.w;
                if (nd < dist[ed.to]) {
                    dist[ed.to] = nd;
                    pq.add(new Entry(nd, ed.to));
                }
            }
        }
        return dist;
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200000;
        int degree = 5, sources = 4;
        Random rnd = new Random(7);
        List<List<Edge>> g = new ArrayList<>();
        for (int v = 0; v < n; v++) g.add(new ArrayList<>());
        for (int v = 0; v < n; v++) {
            g.get(v).add(new Edge((v + 1) % n, 1000));
            for (int k = 0; k < degree; k++) g.get(v).add(new Edge(rnd.nextInt(n), 1 + rnd.nextInt(1000)));
        }
        long check = 0;
        for (int s = 0; s < sources; s++) {
            int src = s * (n / sources);
            long[] dist = shortest(g, src);
            long sum = 0, max = 0;
            int far = src;
            for (int v = 0; v < n; v++) {
                sum += dist[v];
                if (dist[v] > max) { max = dist[v]; far = v; }
            }
            check = check * 31 + sum;
            System.out.println("source " + src + ": sum " + sum + ", farthest " + far + " at " + max);
        }
        System.out.println("check " + check);
    }
}
