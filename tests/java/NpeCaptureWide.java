import java.util.function.*;
public class NpeCaptureWide {
    public static void main(String[] args) {
        long big = 5L;
        double ratio = 0.5;
        String label = args.length > 5 ? "x" : null;
        Supplier<Integer> s = () -> {
            String local = label;
            Object other = null;
            int[] arr = null;
            try { return local.length(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
            try { return other.hashCode(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
            try { return arr[(int) big] + (int) ratio; } catch (NullPointerException e) { System.out.println(e.getMessage()); }
            return 0;
        };
        System.out.println(s.get());
        IntFunction<String> g = i -> {
            long scaled = big * i;
            String t = label;
            return t.trim() + scaled + ratio;
        };
        try { g.apply(2); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
    }
}
