import java.util.*;
import java.util.regex.*;
import java.util.stream.*;

public class OrdinarySimulation {
    enum Kind { ARRIVE, SERVE, LEAVE; Kind next() { return values()[(ordinal() + 1) % values().length]; } }
    static final class Event implements Comparable<Event> {
        final double time; final Kind kind; final int who;
        Event(double time, Kind kind, int who) { this.time = time; this.kind = kind; this.who = who; }
        public int compareTo(Event o) { int c = Double.compare(time, o.time); return c != 0 ? c : Integer.compare(who, o.who); }
        public String toString() { return String.format("%7.3f %-6s %2d", time, kind, who); }
    }
    static class Matrix {
        final long[][] a;
        Matrix(long[][] a) { this.a = a; }
        Matrix times(Matrix o) {
            int n = a.length;
            long[][] r = new long[n][n];
            for (int i = 0; i < n; i++) for (int k = 0; k < n; k++) for (int j = 0; j < n; j++) r[i][j] = (r[i][j] + a[i][k] * o.a[k][j]) % 1_000_000_007L;
            return new Matrix(r);
        }
        static Matrix identity(int n) { long[][] r = new long[n][n]; for (int i = 0; i < n; i++) r[i][i] = 1; return new Matrix(r); }
        Matrix pow(long e) { Matrix r = identity(a.length), b = this; while (e > 0) { if ((e & 1) == 1) r = r.times(b); b = b.times(b); e >>= 1; } return r; }
    }
    static Map<Integer, Long> memo = new HashMap<>();
    static long ways(int n) {
        if (n < 0) return 0; if (n == 0) return 1;
        Long m = memo.get(n); if (m != null) return m;
        long r = ways(n - 1) + ways(n - 3) + ways(n - 5);
        memo.put(n, r);
        return r;
    }
    public static void main(String[] args) {
        Random rnd = new Random(42);
        PriorityQueue<Event> pq = new PriorityQueue<>();
        for (int i = 0; i < 5; i++) pq.add(new Event(rnd.nextDouble() * 10, Kind.ARRIVE, i));
        EnumMap<Kind, Integer> counts = new EnumMap<>(Kind.class);
        int steps = 0;
        while (!pq.isEmpty() && steps++ < 12) {
            Event e = pq.poll();
            System.out.println(e);
            counts.merge(e.kind, 1, Integer::sum);
            switch (e.kind) {
                case ARRIVE, SERVE -> pq.add(new Event(e.time + rnd.nextGaussian() * 0 + rnd.nextInt(5) + 0.5, e.kind.next(), e.who));
                case LEAVE -> { }
            }
        }
        System.out.println(counts);
        System.out.println(Arrays.deepToString(new Matrix(new long[][] {{1, 1}, {1, 0}}).pow(90).a) + " " + ways(60));
        BitSet sieve = new BitSet(100); sieve.set(2, 100);
        for (int p = 2; p * p < 100; p = sieve.nextSetBit(p + 1)) for (int q = p * p; q < 100; q += p) sieve.clear(q);
        System.out.println(sieve.cardinality() + " " + sieve);
        String text = "Alice: 42 apples, Bob: 7 pears; Carol: 1003 plums";
        Matcher m = Pattern.compile("(\\w+): (\\d+) (\\w+)").matcher(text);
        List<String> found = new ArrayList<>();
        while (m.find()) found.add(m.group(3) + "=" + Integer.parseInt(m.group(2)) * 2);
        System.out.println(found + " " + text.replaceAll("(\\d+)", "<$1>") + " " + Arrays.toString(text.split("[,;]\\s*")));
        System.out.println(text.chars().filter(Character::isUpperCase).count() + " " + "straße".toUpperCase() + " " + "ÀB".toLowerCase());
        Object[] tests = {"12x", null, 3, new int[2]};
        for (Object t : tests) {
            try {
                if (t == null) throw new NullPointerException("custom");
                if (t instanceof String s) System.out.println(Integer.parseInt(s));
                else if (t instanceof Integer i) System.out.println(((String) (Object) i).length());
                else System.out.println(((int[]) t)[5]);
            } catch (NumberFormatException | ClassCastException | ArrayIndexOutOfBoundsException e) {
                System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage());
            } catch (RuntimeException e) {
                System.out.println("runtime " + e.getMessage());
            }
        }
        try { Kind.valueOf("STAY"); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        try { int[] neg = new int[args.length - 1]; } catch (NegativeArraySizeException e) { System.out.println(e); }
        System.out.println(String.format("%08.3f|%x|%o|%e|%b|%c|%10s|%-5d|%+d|%(d|%s", Math.PI, 255, 8, 12345.678, null, 'z', "hi", 42, 5, -7, List.of(1)));
        System.out.println(Integer.toString(255, 16) + " " + Long.parseLong("-9223372036854775808") + " " + Math.round(-2.5) + " " + Math.round(2.5) + " " + Math.floorMod(-7, 3) + " " + (-7 % 3) + " " + (-17 >>> 28) + " " + (Integer.MAX_VALUE + 1) + " " + Float.intBitsToFloat(0x3f800001) + " " + (0.1 + 0.2) + " " + (float) 0.1 + " " + 1.0 / 0 + " " + Double.MIN_VALUE);
        StringBuilder sb = new StringBuilder("abcdef");
        sb.insert(3, "XYZ").reverse().deleteCharAt(0).setCharAt(0, '#');
        System.out.println(sb + " " + sb.indexOf("Z") + " " + sb.length());
        List<Integer> nums = IntStream.range(0, 10).boxed().collect(Collectors.toList());
        Collections.shuffle(nums, new Random(7));
        System.out.println(nums + " " + Collections.max(nums) + " " + Collections.frequency(nums, 3));
        Map<String, Integer> score = new HashMap<>(Map.of("ann", 3, "bob", 9, "cid", 3, "dee", 7));
        score.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
            .forEach(en -> System.out.print(en.getKey() + ":" + en.getValue() + " "));
        System.out.println();
        int[] arr = {5, 3, 9, 1}; int[] copy = new int[6]; System.arraycopy(arr, 1, copy, 2, 3); Arrays.fill(copy, 0, 2, -1);
        Arrays.sort(arr);
        System.out.println(Arrays.toString(copy) + " " + Arrays.binarySearch(arr, 9) + " " + Arrays.binarySearch(arr, 4) + " " + "hello".hashCode() + " " + Objects.equals(null, null));
        double[] ds = new double[4]; Arrays.fill(ds, 1, 3, 2.5); String[] ss = new String[3]; Arrays.fill(ss, 1, 3, "s");
        char[] chs = new char[3]; Arrays.fill(chs, 0, 3, 'q'); boolean[] bs = new boolean[2]; Arrays.fill(bs, 1, 2, true);
        long[] ls = new long[2]; Arrays.fill(ls, 0, 0, 9L); byte[] by = new byte[2]; Arrays.fill(by, 1, 2, (byte) -1);
        short[] sh = new short[2]; Arrays.fill(sh, 0, 1, (short) 300); float[] fs = new float[2]; Arrays.fill(fs, 1, 2, 0.5f);
        System.out.println(Arrays.toString(ds) + Arrays.toString(ss) + new String(chs) + Arrays.toString(bs) + Arrays.toString(ls) + Arrays.toString(by) + Arrays.toString(sh) + Arrays.toString(fs));
        int[][] bad = {{3, 2}, {-1, 2}, {0, 7}};
        for (int[] r : bad) {
            try { Arrays.fill(copy, r[0], r[1], 0); } catch (RuntimeException e) { System.out.println(e); }
        }
        outer:
        for (char c = 'a'; c <= 'e'; c++) {
            switch (c) { case 'b': continue outer; case 'd': break outer; default: System.out.print(c); }
        }
        System.out.println();
    }
}
