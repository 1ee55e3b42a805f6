import java.util.LinkedHashMap;
import java.util.Map;

public class ExLruCache<K, V> extends LinkedHashMap<K, V> {
    private final int capacity;
    private int evictions;

    public ExLruCache(int capacity) {
        super(16, 0.75f, true);
        this.capacity = capacity;
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        boolean evict = size() > capacity;
        if (evict) {
            evictions++;
            System.out.println("  evict " + eldest.getKey() + "=" + eldest.getValue());
        }
        return evict;
    }

    public int evictions() { return evictions; }

    static long fibCalls = 0;

    static long fib(int n, ExLruCache<Integer, Long> memo) {
        fibCalls++;
        if (n < 2) return n;
        Long cached = memo.get(n);
        if (cached != null) return cached;
        long v = fib(n - 1, memo) + fib(n - 2, memo);
        memo.put(n, v);
        return v;
    }

    public static void main(String[] args) {
        ExLruCache<String, Integer> cache = new ExLruCache<>(3);
        cache.put("a", 1);
        cache.put("b", 2);
        cache.put("c", 3);
        System.out.println(cache);
        cache.get("a");
        System.out.println("after get(a): " + cache.keySet());
        cache.put("d", 4);
        System.out.println(cache);
        cache.put("c", 30);
        cache.put("e", 5);
        System.out.println(cache + " evictions=" + cache.evictions());
        System.out.println(cache.containsKey("b") + " " + cache.getOrDefault("b", -1));
        ExLruCache<Integer, Long> memo = new ExLruCache<Integer, Long>(100) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, Long> eldest) {
                return size() > 100;
            }
        };
        System.out.println("fib(90) = " + fib(90, memo) + " calls=" + fibCalls);
    }
}
