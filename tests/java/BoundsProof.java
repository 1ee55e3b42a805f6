// tests/ir/BoundsProof.ir shows which index checks src/bounds.c proves
// ("checkbounds in-range", no check at run time) and which it keeps: in a
// loop j = c; j < a.length - m; j++ the accesses a[j - k] (k <= c) and
// a[j + k] (k <= m) are proven; b[j] (another array) and a[j + 2 - 1]
// (not of the form j + k) are not, but the loop is versioned on them
// ("loop L0 versioned", "checkbounds in-range-if-L0": one test before the
// loop that both stay in range for every j, and a backend may then run a
// copy of the loop without those checks).
public class BoundsProof {
    static int proven(int[] a) {
        int s = 0;
        for (int j = 1; j < a.length - 1; j++) s += a[j - 1] + a[j] + a[j + 1];
        return s;
    }

    static int kept(int[] a, int[] b) {
        int s = 0;
        for (int j = 0; j < a.length - 1; j++) s += a[j] * b[j] + a[j + 2 - 1];
        return s;
    }

    public static void main(String[] args) {
        int[] a = {1, 2, 3, 4, 5};
        System.out.println(proven(a) + " " + kept(a, new int[] {6, 7, 8, 9, 10}));
    }
}
