import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

public class Knapsack {
    record Item(String name, int weight, int value) {
        Item {
            if (weight <= 0) throw new IllegalArgumentException("weight must be positive: " + name);
        }
    }

    static List<Item> solve(List<Item> items, int capacity) {
        int n = items.size();
        int[][] best = new int[n + 1][capacity + 1];
        for (int i = 1; i <= n; i++) {
            Item it = items.get(i - 1);
            for (int w = 0; w <= capacity; w++) {
                best[i][w] = best[i - 1][w];
                if (it.weight() <= w) {
                    best[i][w] = Math.max(best[i][w], best[i - 1][w - it.weight()] + it.value());
                }
            }
        }
        List<Item> chosen = new ArrayList<>();
        int w = capacity;
        for (int i = n; i > 0; i--) {
            if (best[i][w] != best[i - 1][w]) {
                Item it = items.get(i - 1);
                chosen.add(it);
                w -= it.weight();
            }
        }
        Collections.reverse(chosen);
        return chosen;
    }

    public static void main(String[] args) {
        List<Item> items = List.of(
            new Item("map", 9, 150), new Item("compass", 13, 35), new Item("water", 153, 200),
            new Item("sandwich", 50, 160), new Item("glucose", 15, 60), new Item("tin", 68, 45),
            new Item("banana", 27, 60), new Item("apple", 39, 40), new Item("cheese", 23, 30),
            new Item("beer", 52, 10), new Item("suntan cream", 11, 70), new Item("camera", 32, 30),
            new Item("T-shirt", 24, 15), new Item("trousers", 48, 10), new Item("umbrella", 73, 40),
            new Item("waterproof trousers", 42, 70), new Item("waterproof overclothes", 43, 75),
            new Item("note-case", 22, 80), new Item("sunglasses", 7, 20), new Item("towel", 18, 12),
            new Item("socks", 4, 50), new Item("book", 30, 10));
        List<Item> chosen = solve(items, 400);
        int tw = 0, tv = 0;
        for (Item it : chosen) {
            System.out.println(it);
            tw += it.weight();
            tv += it.value();
        }
        System.out.println("Total weight: " + tw + ", total value: " + tv);
        try {
            new Item("ghost", 0, 1);
        } catch (IllegalArgumentException e) {
            System.out.println("Caught: " + e.getMessage());
        }
        System.out.println(new Item("a", 1, 2).equals(new Item("a", 1, 2)) + " " + (new Item("a", 1, 2).hashCode() == new Item("a", 1, 2).hashCode()));
    }
}
