// The plain-Java twin of tests/lime/MultiRate.lime: the same filters, each
// graph run as the sequential loop of docs/language.md ("Multi-rate
// filters"): filter k buffers the items it is given; when it holds pop_k it
// fires on them (a fresh array each firing) and hands each item of its
// result on down the graph at once; a tail shorter than pop_k is dropped.
// Prints exactly what MultiRate.lime prints (MultiRateTwin.expected is a
// copy of MultiRate.expected).
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

public class MultiRateTwin {
    static int sum4(int[] xs) { return xs[0] + xs[1] + xs[2] + xs[3]; }
    static int[] expand(int x) { return new int[] {x, -x, x * 10}; }
    static int inc(int x) { return x + 1; }
    static long[] threeToTwo(long[] v) { return new long[] {v[0] + v[1], v[1] * v[2]}; }
    static long[] twoToThree(long[] v) { return new long[] {v[0], v[1], v[0] - v[1]}; }
    static double mean2(double[] v) { return (v[0] + v[1]) / 2; }

    static class Pairs {
        long total;
        int[] last;
        static Pairs made;
        Pairs(long start) { total = start; made = this; }
        long[] step(int[] p) {
            total += p[0] + p[1];
            last = p;
            return new long[] {total, p[0] - p[1]};
        }
    }

    static class Keeper {
        int[] a, b;
        static Keeper made;
        Keeper() { made = this; }
        int step(int[] x) { b = a; a = x; return x[0] * 100 + x[1] * 10 + x[2]; }
    }

    /* One filter: pops `pop` items (given as a List), returns the items it pushes. */
    record Stage(int pop, Function<List<Object>, List<Object>> fire) {}

    static Stage one(Function<Object, Object> f) { return new Stage(1, in -> List.of(f.apply(in.get(0)))); }
    static Stage ints(int pop, Function<int[], Object> f, boolean many) {
        return new Stage(pop, in -> {
            int[] a = new int[pop];
            for (int i = 0; i < pop; i++) a[i] = (Integer) in.get(i);
            return out(f.apply(a), many);
        });
    }
    static Stage longs(int pop, Function<long[], Object> f, boolean many) {
        return new Stage(pop, in -> {
            long[] a = new long[pop];
            for (int i = 0; i < pop; i++) a[i] = (Long) in.get(i);
            return out(f.apply(a), many);
        });
    }
    static List<Object> out(Object r, boolean many) {
        List<Object> l = new ArrayList<>();
        if (!many) l.add(r);
        else if (r instanceof int[] a) for (int x : a) l.add(x);
        else for (long x : (long[]) r) l.add(x);
        return l;
    }

    /* The sequential loop: returns what the last stage pushes. */
    static List<Object> run(List<Object> source, Stage... stages) {
        List<List<Object>> bufs = new ArrayList<>();
        for (Stage s : stages) bufs.add(new ArrayList<>());
        List<Object> result = new ArrayList<>();
        for (Object x : source) push(stages, bufs, 0, x, result);
        return result;
    }
    static void push(Stage[] stages, List<List<Object>> bufs, int k, Object x, List<Object> result) {
        if (k == stages.length) { result.add(x); return; }
        List<Object> buf = bufs.get(k);
        buf.add(x);
        if (buf.size() < stages[k].pop()) return;
        bufs.set(k, new ArrayList<>());
        for (Object y : stages[k].fire().apply(buf)) push(stages, bufs, k + 1, y, result);
    }

    static List<Object> boxed(int[] a) { List<Object> l = new ArrayList<>(); for (int x : a) l.add(x); return l; }
    static List<Object> boxedL(long[] a) { List<Object> l = new ArrayList<>(); for (long x : a) l.add(x); return l; }

    static void show(String label, List<Object> xs) {
        StringBuilder sb = new StringBuilder(label + " (" + xs.size() + "):");
        for (Object x : xs) sb.append(' ').append(x);
        System.out.println(sb);
    }

    public static void main(String[] args) {
        int[] raw = new int[14];
        for (int i = 0; i < raw.length; i++) raw[i] = i * i - 3 * i;
        List<Object> in = boxed(raw);
        Stage sum4 = ints(4, MultiRateTwin::sum4, false);
        Stage expand = ints(1, a -> expand(a[0]), true);
        Stage inc = one(x -> inc((Integer) x));
        show("decimate", run(in, sum4));
        show("expand", run(in, expand));
        show("chain", run(in, sum4, expand, inc));
        show("chain back", run(in, expand, sum4, inc));
        List<Object> three = boxed(new int[] {5, 6, 7});
        show("short", run(three, sum4));
        show("empty", run(boxed(new int[0]), expand, sum4));
        List<Object> ls = boxedL(new long[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
        Stage t32 = longs(3, MultiRateTwin::threeToTwo, true), t23 = longs(2, MultiRateTwin::twoToThree, true);
        show("3:2", run(ls, t32));
        show("3:2,2:3", run(ls, t32, t23));
        show("2:3,3:2", run(ls, t23, t32));
        List<Object> ds = new ArrayList<>(List.of(1.5, 2.25, -3.0, 8.0, 0.1));
        List<Object> m = run(ds, new Stage(2, v -> List.of(mean2(new double[] {(Double) v.get(0), (Double) v.get(1)}))));
        System.out.println("mean2 " + m.size() + " " + m.get(0) + " " + m.get(1));
        Pairs pairs = new Pairs(1000);
        Stage pairStep = ints(2, pairs::step, true);
        show("pairs", run(in, expand, pairStep));
        System.out.println("total " + pairs.total + " last " + pairs.last[0] + "," + pairs.last[1]);
        show("pairs again", run(in, expand, pairStep));
        System.out.println("total " + pairs.total + " last " + pairs.last[0] + "," + pairs.last[1]);
        Keeper keeper = new Keeper();
        show("keeper", run(in, ints(3, keeper::step, false)));
        Keeper k = Keeper.made;
        System.out.println("kept " + k.a[0] + k.a[1] + k.a[2] + " " + k.b[0] + k.b[1] + k.b[2]);
        for (Object x : run(in, sum4, expand)) System.out.println("sink " + x);
        for (Object p : run(three, expand, new Stage(2, v -> List.of(v)))) {
            List<?> pair = (List<?>) p;
            System.out.println("pair " + pair.get(0) + "," + pair.get(1));
        }
    }
}
