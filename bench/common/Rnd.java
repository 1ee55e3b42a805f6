// The benchmarks' input generator for the naive Java versions: the same int
// arithmetic as rnd() in common/bench.h (C), common/Rnd.lime (Lime) and
// fpga/tb_stream.h (the Verilator test benches), so every version of a
// benchmark computes on the same inputs.  bench/harness.py compiles it with
// each Naive.java.
public class Rnd {
    static float rnd(int k) {
        int v = k * 1103515245 + 12345;
        v ^= v >>> 13;
        v *= 0x5bd1e995;
        v ^= v >>> 15;
        return (v & 0xffffff) / 16777216.0f;
    }
}
