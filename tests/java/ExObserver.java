import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

public class ExObserver {
    @FunctionalInterface
    interface Listener<E> {
        void onEvent(E event);
    }

    static class EventBus<E> {
        private final Map<String, List<Listener<? super E>>> listeners = new HashMap<>();

        Runnable subscribe(String topic, Listener<? super E> l) {
            listeners.computeIfAbsent(topic, t -> new ArrayList<>()).add(l);
            return () -> listeners.get(topic).remove(l);
        }

        int publish(String topic, E event) {
            List<Listener<? super E>> ls = listeners.get(topic);
            if (ls == null) return 0;
            for (Listener<? super E> l : new ArrayList<>(ls)) l.onEvent(event);
            return ls.size();
        }
    }

    static class StockTicker {
        private final String symbol;
        private double price;
        private final List<Consumer<Double>> watchers = new ArrayList<>();

        StockTicker(String symbol, double price) {
            this.symbol = symbol;
            this.price = price;
        }

        void watch(Consumer<Double> w) { watchers.add(w); }

        void setPrice(double p) {
            double old = price;
            price = p;
            if (old != p) watchers.forEach(w -> w.accept(p - old));
        }
    }

    static class Logger implements Listener<Object> {
        final List<String> lines = new ArrayList<>();
        @Override public void onEvent(Object event) { lines.add("LOG: " + event); }
    }

    private static int counter;

    public static void main(String[] args) {
        EventBus<String> bus = new EventBus<>();
        Logger logger = new Logger();
        bus.subscribe("news", logger);
        Runnable unsub = bus.subscribe("news", e -> System.out.println("reader 1 got " + e));
        bus.subscribe("news", e -> counter += e.length());
        bus.subscribe("sports", new Listener<String>() {
            @Override
            public void onEvent(String event) {
                System.out.println("sports fan: " + event.toUpperCase());
            }
        });
        System.out.println(bus.publish("news", "Lime compiles Java") + " listeners");
        unsub.run();
        System.out.println(bus.publish("news", "Second story") + " listeners");
        System.out.println(bus.publish("sports", "goal!") + " listeners");
        System.out.println(bus.publish("weather", "rain") + " listeners");
        System.out.println(logger.lines + " counter=" + counter);

        StockTicker t = new StockTicker("LIME", 10.0);
        double[] total = { 0 };
        t.watch(d -> total[0] += d);
        t.watch(d -> System.out.printf("%s moved %+.2f%n", t.symbol, d));
        t.setPrice(12.5);
        t.setPrice(12.5);
        t.setPrice(9.75);
        System.out.println("net change " + total[0]);
    }
}
