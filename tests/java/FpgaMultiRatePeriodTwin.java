// The plain-Java twin of tests/lime/FpgaMultiRatePeriod.lime: the same
// filters on int[], each graph run as the sequential loop of
// docs/language.md ("Multi-rate filters"): filter k buffers the items it is
// given, fires when it holds pop_k, hands its result's items on at once; a
// tail shorter than pop_k is dropped.  FpgaMultiRatePeriodTwin.expected is
// tests/lime/FpgaMultiRatePeriod.expected.
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

public class FpgaMultiRatePeriodTwin {
    static final int LIMIT = 60000;
    static int[] decim(int[] x) { return new int[] {(x[0] + x[1]) >> 1}; }
    static int[] resample(int[] x) { return new int[] {x[0], (x[1] + x[2]) >> 1}; }
    static int[] interp(int[] x) { return new int[] {x[0], x[0]}; }
    static int[] gain(int[] x) { return new int[] {Math.max(-LIMIT, Math.min(LIMIT, 3 * x[0]))}; }
    static int[] threeToTwo(int[] x) { return new int[] {x[0] + (x[1] >>> 3), (x[1] ^ x[2]) >> 2}; }
    static int[] twoToThree(int[] v) { return new int[] {v[0] - v[1], v[1] * 5, v[0] >>> 1}; }
    static int[] pairSum(int[] x) { return new int[] {x[0] + x[1]}; }
    static int[] up3(int[] x) { return new int[] {x[0], x[0], -x[0]}; }
    static int[] clips(int[] v) {
        int x = v[0];
        return new int[] {Math.min(1000, Math.max(-7, x >> 3)) + Math.max(Math.min(x, 77), -77) + Math.max(50, Math.min(-50, x))
                          + Math.min(Math.max(x >>> 20, 3), 2000)};
    }

    /* the sequential loop over filters (pop, body) */
    static int[] run(int[] in, int[] pops, List<Function<int[], int[]>> fs) {
        List<Integer> cur = new ArrayList<>();
        for (int v : in) cur.add(v);
        for (int k = 0; k < fs.size(); k++) {
            List<Integer> next = new ArrayList<>();
            for (int i = 0; i + pops[k] <= cur.size(); i += pops[k]) {
                int[] buf = new int[pops[k]];
                for (int j = 0; j < pops[k]; j++) buf[j] = cur.get(i + j);
                for (int y : fs.get(k).apply(buf)) next.add(y);
            }
            cur = next;
        }
        int[] out = new int[cur.size()];
        for (int i = 0; i < out.length; i++) out[i] = cur.get(i);
        return out;
    }

    static void print(String what, int n, int[] got) {
        int h = 0;
        for (int i = 0; i < got.length; i++) h = 31 * h + got[i];
        StringBuilder sb = new StringBuilder(what + " n=" + n + " -> " + got.length + " hash " + h + ":");
        for (int i = 0; i < got.length && i < 8; i++) sb.append(' ').append(got[i]);
        System.out.println(sb);
    }

    public static void main(String[] args) {
        int[] lengths = {0, 1, 2, 3, 5, 6, 7, 11, 12, 13, 1000, 1001, 4099};
        for (int n : lengths) {
            int[] a = new int[n];
            int x = n * 7919 + 1;
            for (int i = 0; i < n; i++) {
                x = x * 1103515245 + 12345;
                a[i] = i % 11 == 4 ? Integer.MAX_VALUE : i % 11 == 9 ? Integer.MIN_VALUE : i % 3 == 0 ? x >> 12 : x;
            }
            print("chain 2:1,3:2,1:2,1:1", n, run(a, new int[] {2, 3, 1, 1},
                    List.of(FpgaMultiRatePeriodTwin::decim, FpgaMultiRatePeriodTwin::resample,
                            FpgaMultiRatePeriodTwin::interp, FpgaMultiRatePeriodTwin::gain)));
            print("mixed 3:2,2:3", n, run(a, new int[] {3, 2},
                    List.of(FpgaMultiRatePeriodTwin::threeToTwo, FpgaMultiRatePeriodTwin::twoToThree)));
            print("downUp 2:1,1:3", n, run(a, new int[] {2, 1},
                    List.of(FpgaMultiRatePeriodTwin::pairSum, FpgaMultiRatePeriodTwin::up3)));
            print("clipped 2:1,1:1", n, run(a, new int[] {2, 1},
                    List.of(FpgaMultiRatePeriodTwin::pairSum, FpgaMultiRatePeriodTwin::clips)));
        }
    }
}
