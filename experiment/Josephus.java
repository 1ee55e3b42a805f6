import java.util.*;

public class Josephus {
    static int survivorRecursive(int n, int k) {
        return n == 1 ? 0 : (survivorRecursive(n - 1, k) + k) % n;
    }

    static List<Integer> executionOrder(int n, int k) {
        List<Integer> prisoners = new LinkedList<>();
        for (int i = 0; i < n; i++) prisoners.add(i);
        List<Integer> order = new ArrayList<>();
        int idx = 0;
        while (!prisoners.isEmpty()) {
            idx = (idx + k - 1) % prisoners.size();
            order.add(prisoners.remove(idx));
        }
        return order;
    }

    public static void main(String[] args) {
        int[][] cases = { { 5, 2 }, { 7, 3 }, { 41, 3 }, { 10, 1 }, { 12, 5 } };
        for (int[] c : cases) {
            List<Integer> order = executionOrder(c[0], c[1]);
            int last = order.get(order.size() - 1);
            System.out.println("n=" + c[0] + " k=" + c[1] + " order=" + order);
            System.out.println("  survivor=" + last + " recursive=" + survivorRecursive(c[0], c[1]) + (last == survivorRecursive(c[0], c[1]) ? " OK" : " MISMATCH"));
        }
        Iterator<Integer> it = executionOrder(6, 2).iterator();
        int sum = 0;
        while (it.hasNext()) {
            Integer v = it.next();
            if (v % 2 == 0) sum += v;
        }
        System.out.println("sum of even-numbered executions: " + sum);
    }
}
