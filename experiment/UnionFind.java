import java.util.*;

public class UnionFind {
    private final int[] parent, rank;
    private int components;

    public UnionFind(int n) {
        parent = new int[n];
        rank = new int[n];
        components = n;
        for (int i = 0; i < n; i++) parent[i] = i;
    }

    public int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    public boolean union(int a, int b) {
        int ra = find(a), rb = find(b);
        if (ra == rb) return false;
        if (rank[ra] < rank[rb]) { int t = ra; ra = rb; rb = t; }
        parent[rb] = ra;
        if (rank[ra] == rank[rb]) rank[ra]++;
        components--;
        return true;
    }

    public int components() { return components; }

    record WEdge(int u, int v, double w) implements Comparable<WEdge> {
        public int compareTo(WEdge o) { return Double.compare(w, o.w); }
    }

    public static void main(String[] args) {
        List<WEdge> edges = new ArrayList<>();
        Random rnd = new Random(7);
        int n = 10;
        for (int i = 0; i < 25; i++) {
            int u = rnd.nextInt(n), v = rnd.nextInt(n);
            if (u != v) edges.add(new WEdge(u, v, Math.round(rnd.nextDouble() * 1000) / 10.0));
        }
        Collections.sort(edges);
        UnionFind uf = new UnionFind(n);
        double total = 0;
        List<WEdge> mst = new ArrayList<>();
        for (WEdge e : edges) {
            if (uf.union(e.u(), e.v())) {
                mst.add(e);
                total += e.w();
            }
        }
        mst.forEach(System.out::println);
        System.out.printf("MST weight %.1f, components %d%n", total, uf.components());
        Map<Integer, List<Integer>> groups = new TreeMap<>();
        for (int i = 0; i < n; i++) groups.computeIfAbsent(uf.find(i), k -> new ArrayList<>()).add(i);
        System.out.println(groups.values());
    }
}
