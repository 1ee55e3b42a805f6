public class LabeledJumps {
    public static void main(String[] args) {
        outer:
        for (int i = 0; i < 4; i++) {
            inner:
            for (int j = 0; j < 4; j++) {
                if (j == 2) continue outer;
                if (i == 3) break outer;
                System.out.print(i + "" + j + " ");
            }
        }
        System.out.println();
        int k = 0;
        w: while (true) { k++; do { if (k > 3) break w; k += 2; continue w; } while (false); }
        System.out.println("k=" + k);
        int[] arr = {1, 2, 3, 4, 5};
        e: for (int x : arr) { switch (x) { case 2: continue e; case 4: break e; default: System.out.print(x); } }
        System.out.println();
        blk: { if (arr.length > 2) break blk; System.out.println("not printed"); }
        ifl: if (arr[0] == 1) { System.out.println("in if"); break ifl; }
        sw: switch (arr[1]) { case 2: for (;;) { break sw; } default: System.out.println("no"); }
        tr: try { System.out.println("try"); break tr; } finally { System.out.println("finally"); }
        int n = 0;
        d: do { n++; if (n < 3) continue d; break d; } while (true);
        System.out.println("n=" + n);
        lbl: { lbl2: { break lbl; } }
        System.out.println("end");
    }
}
