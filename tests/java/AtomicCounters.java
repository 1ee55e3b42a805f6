import java.util.*;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

public class AtomicCounters {
    record Node(String name) { }

    public static void main(String[] args) {
        AtomicInteger count = new AtomicInteger();
        List<String> words = List.of("alpha", "beta", "gamma", "delta", "epsilon");
        words.forEach(w -> { if (w.length() > 4) count.incrementAndGet(); });
        System.out.println("long words: " + count + " " + count.get());
        System.out.println(count.getAndIncrement() + " " + count.incrementAndGet() + " " + count.getAndDecrement() + " "
                           + count.decrementAndGet() + " " + count.getAndAdd(10) + " " + count.addAndGet(-3));
        System.out.println(count.compareAndSet(11, 20) + " " + count.compareAndSet(11, 30) + " " + count.get());
        System.out.println(count.getAndSet(7) + " " + count.compareAndExchange(7, 8) + " " + count.compareAndExchange(7, 9) + " " + count);
        System.out.println(count.updateAndGet(x -> x * 3) + " " + count.getAndUpdate(x -> x - 1) + " " + count.get());
        System.out.println(count.accumulateAndGet(5, Math::max) + " " + count.getAndAccumulate(100, Integer::sum) + " " + count);
        AtomicInteger edge = new AtomicInteger(Integer.MAX_VALUE);
        System.out.println(edge.incrementAndGet() + " " + edge.intValue() + " " + edge.longValue() + " " + edge.doubleValue()
                           + " " + edge.floatValue() + " " + edge.shortValue() + " " + edge.byteValue());
        edge.lazySet(5); edge.setPlain(edge.getPlain() + 1); edge.setOpaque(edge.getOpaque() * 2); edge.setRelease(edge.getAcquire() + 1);
        System.out.println(edge.weakCompareAndSet(13, 14) + " " + edge.weakCompareAndSetPlain(1, 2) + " " + edge);

        AtomicLong total = new AtomicLong(1L << 40);
        IntStream.rangeClosed(1, 100).forEach(i -> total.addAndGet(i));
        System.out.println(total + " " + total.get() + " " + total.getAndIncrement() + " " + total.incrementAndGet());
        System.out.println(total.updateAndGet(v -> v / 7) + " " + total.accumulateAndGet(3, (a, b) -> a * b) + " " + total.intValue()
                           + " " + total.compareAndSet(0, 1) + " " + new AtomicLong());
        AtomicLong big = new AtomicLong(Long.MIN_VALUE);
        System.out.println(big.decrementAndGet() + " " + big.intValue());

        AtomicBoolean flag = new AtomicBoolean();
        System.out.println(flag + " " + flag.compareAndSet(false, true) + " " + flag.compareAndSet(false, true) + " " + flag.get()
                           + " " + flag.getAndSet(false) + " " + flag + " " + new AtomicBoolean(true));

        Node a = new Node("a"), b = new Node("b");
        AtomicReference<Node> ref = new AtomicReference<>(a);
        System.out.println(ref + " " + ref.compareAndSet(new Node("a"), b) + " " + ref.compareAndSet(a, b) + " " + ref.get());
        System.out.println(ref.getAndSet(null) + " " + ref + " " + new AtomicReference<String>());
        AtomicReference<String> text = new AtomicReference<>("x");
        System.out.println(text.updateAndGet(s -> s + "y") + " " + text.getAndUpdate(String::toUpperCase) + " " + text.get()
                           + " " + text.accumulateAndGet("z", String::concat) + " " + text.getAndAccumulate("!", (p, q) -> q + p) + " " + text);

        Map<String, AtomicInteger> freq = new TreeMap<>();
        for (String w : "the cat and the hat and the bat".split(" ")) freq.computeIfAbsent(w, k -> new AtomicInteger()).incrementAndGet();
        System.out.println(freq);
        Number n = new AtomicInteger(42);
        System.out.println(n.intValue() + 1 + " " + (n instanceof java.io.Serializable));
    }
}
