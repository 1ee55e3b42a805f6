import java.util.*;

public class Graphs {
    static class Edge {
        final int to, weight;
        Edge(int to, int weight) { this.to = to; this.weight = weight; }
    }

    static class Graph {
        private final Map<Integer, List<Edge>> adj = new TreeMap<>();
        private final boolean directed;
        Graph(boolean directed) { this.directed = directed; }

        void addEdge(int u, int v, int w) {
            adj.computeIfAbsent(u, k -> new ArrayList<>()).add(new Edge(v, w));
            adj.computeIfAbsent(v, k -> new ArrayList<>());
            if (!directed) adj.get(v).add(new Edge(u, w));
        }

        Set<Integer> vertices() { return adj.keySet(); }
        List<Edge> edges(int u) { return adj.getOrDefault(u, Collections.emptyList()); }
    }

    static Map<Integer, Integer> dijkstra(Graph g, int src, Map<Integer, Integer> prev) {
        Map<Integer, Integer> dist = new HashMap<>();
        PriorityQueue<int[]> pq = new PriorityQueue<>((a, b) -> Integer.compare(a[1], b[1]));
        dist.put(src, 0);
        pq.add(new int[] { src, 0 });
        while (!pq.isEmpty()) {
            int[] cur = pq.poll();
            int u = cur[0];
            if (cur[1] > dist.get(u)) continue;
            for (Edge e : g.edges(u)) {
                int nd = dist.get(u) + e.weight;
                if (nd < dist.getOrDefault(e.to, Integer.MAX_VALUE)) {
                    dist.put(e.to, nd);
                    prev.put(e.to, u);
                    pq.offer(new int[] { e.to, nd });
                }
            }
        }
        return dist;
    }

    static List<Integer> bfs(Graph g, int s) {
        List<Integer> order = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        Queue<Integer> q = new LinkedList<>();
        q.add(s);
        seen.add(s);
        while (!q.isEmpty()) {
            int u = q.remove();
            order.add(u);
            for (Edge e : g.edges(u)) if (seen.add(e.to)) q.add(e.to);
        }
        return order;
    }

    static void dfs(Graph g, int u, Set<Integer> seen, List<Integer> out) {
        if (!seen.add(u)) return;
        out.add(u);
        for (Edge e : g.edges(u)) dfs(g, e.to, seen, out);
    }

    static List<Integer> topoSort(Graph g) {
        Map<Integer, Integer> indeg = new TreeMap<>();
        for (int v : g.vertices()) indeg.putIfAbsent(v, 0);
        for (int v : g.vertices()) for (Edge e : g.edges(v)) indeg.merge(e.to, 1, Integer::sum);
        Deque<Integer> ready = new ArrayDeque<>();
        indeg.forEach((v, d) -> { if (d == 0) ready.add(v); });
        List<Integer> res = new ArrayList<>();
        while (!ready.isEmpty()) {
            int v = ready.poll();
            res.add(v);
            for (Edge e : g.edges(v)) if (indeg.merge(e.to, -1, Integer::sum) == 0) ready.add(e.to);
        }
        if (res.size() != g.vertices().size()) throw new IllegalStateException("cycle detected");
        return res;
    }

    public static void main(String[] args) {
        Graph g = new Graph(false);
        int[][] es = { { 1, 2, 7 }, { 1, 3, 9 }, { 1, 6, 14 }, { 2, 3, 10 }, { 2, 4, 15 }, { 3, 4, 11 }, { 3, 6, 2 }, { 4, 5, 6 }, { 5, 6, 9 } };
        for (int[] e : es) g.addEdge(e[0], e[1], e[2]);
        Map<Integer, Integer> prev = new HashMap<>();
        Map<Integer, Integer> dist = dijkstra(g, 1, prev);
        for (int v : g.vertices()) {
            LinkedList<Integer> path = new LinkedList<>();
            for (Integer at = v; at != null; at = prev.get(at)) path.addFirst(at);
            System.out.println("1 -> " + v + ": " + dist.get(v) + " via " + path);
        }
        System.out.println("BFS: " + bfs(g, 1));
        List<Integer> d = new ArrayList<>();
        dfs(g, 1, new HashSet<>(), d);
        System.out.println("DFS: " + d);
        Graph dag = new Graph(true);
        int[][] des = { { 5, 11 }, { 7, 11 }, { 7, 8 }, { 3, 8 }, { 3, 10 }, { 11, 2 }, { 11, 9 }, { 11, 10 }, { 8, 9 } };
        for (int[] e : des) dag.addEdge(e[0], e[1], 1);
        System.out.println("topo: " + topoSort(dag));
        dag.addEdge(9, 7, 1);
        try {
            topoSort(dag);
        } catch (IllegalStateException ex) {
            System.out.println(ex.getMessage());
        }
    }
}
